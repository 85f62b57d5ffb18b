import { useState } from 'react';
import { useQuery } from 'urql';
import { HealthRegion, SessionRegionsDocument } from '../generated/graphql';
import { regionName } from '../shaping/regions';
import { useSession } from '../session';

const ROLE_LABEL = { editor: 'Redaktør', analyst: 'Analytiker' } as const;

/** The header's sign-in control: «Logg inn», or who is signed in (role, region) and «Logg ut». */
export function SessionControl() {
  const session = useSession();
  const [signingOut, setSigningOut] = useState(false);
  const editorRegion = session.status === 'signed-in' ? session.user.region : null;
  const [regions] = useQuery({ query: SessionRegionsDocument, pause: editorRegion === null });
  if (session.status === 'loading') return <div className="session-control" aria-busy="true" />;
  if (session.status === 'anonymous') {
    return (
      <div className="session-control">
        <button type="button" className="session-control__button" onClick={() => session.signIn()}>
          Logg inn
        </button>
      </div>
    );
  }
  const { user } = session;
  const role =
    user.role === 'editor' && user.region ? `${ROLE_LABEL.editor}, ${regionName(user.region as HealthRegion, regions.data?.regions)}` : ROLE_LABEL[user.role];
  return (
    <div className="session-control" aria-label="Innlogget bruker">
      <p className="session-control__user">
        <span className="session-control__name">{user.name}</span>
        <span className="session-control__role">{role}</span>
      </p>
      <button
        type="button"
        className="session-control__button"
        disabled={signingOut}
        onClick={() => {
          setSigningOut(true);
          session.signOut().finally(() => setSigningOut(false));
        }}
      >
        Logg ut
      </button>
    </div>
  );
}
