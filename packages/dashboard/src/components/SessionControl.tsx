import { useSession } from '../session';

/** Sign in, or who is signed in and sign out, in the page header. */
export function SessionControl() {
  const session = useSession();
  if (session.status === 'loading') return null;
  if (session.status === 'anonymous') {
    return (
      <div className="session-control">
        <button type="button" className="link-button" onClick={() => session.signIn()}>
          Logg inn
        </button>
      </div>
    );
  }
  return (
    <div className="session-control">
      <span>{session.user.name}</span>
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          await session.signOut();
          window.location.hash = '#/';
        }}
      >
        Logg ut
      </button>
    </div>
  );
}
