import type { SaveProblem } from '../../shaping/save-errors';
import { useSession } from '../../session';

/**
 * What happened to a save, above the form's buttons: the problems that belong to no single
 * field (the region is down, the session ran out, no right to edit), and a summary of the field
 * errors so that nobody misses one far up the form. A conflict has its own notice.
 */
export function SaveFeedback({ problem, saved }: { problem: SaveProblem | null; saved?: string | null }) {
  const session = useSession();
  if (saved && !problem) {
    return (
      <p className="notice notice--success" role="status">
        {saved}
      </p>
    );
  }
  if (!problem || problem.kind === 'conflict') return null;
  if (problem.kind === 'invalid') {
    const count = Object.values(problem.fieldErrors).reduce((sum, list) => sum + list.length, 0);
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">Ikke lagret: {count === 1 ? 'ett felt må rettes' : `${count} feil må rettes`}.</p>
        <p>Feilene står ved feltene. Det du skrev er beholdt.</p>
        {problem.unplaced.length > 0 && (
          <ul>
            {problem.unplaced.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">Ikke lagret</p>
      <p>{problem.message}</p>
      {problem.kind === 'unauthenticated' && session.status === 'anonymous' && (
        <button type="button" className="button" onClick={() => session.signIn()}>
          Logg inn igjen
        </button>
      )}
    </div>
  );
}
