// The signed-in user: the token in sessionStorage and the actor the API derives from it.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type ApiError, api, asApiError, requestToken, SIGNED_OUT_EVENT, tokenStore } from './api/client.ts';
import type { Actor } from './api/types.ts';

interface Session {
  actor?: Actor;
  /** True while a stored token is being checked, so the sign-in page does not flash. */
  restoring: boolean;
  signIn(username: string, password: string): Promise<void>;
  signOut(): void;
}

const SessionContext = createContext<Session | undefined>(undefined);

const fetchActor = async () => (await api<{ actor: Actor }>('GET', '/me')).actor;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [actor, setActor] = useState<Actor>();
  const [restoring, setRestoring] = useState(() => tokenStore.get() !== undefined);

  useEffect(() => {
    if (!tokenStore.get()) return;
    fetchActor()
      .then(setActor)
      .catch((error: ApiError) => console.warn('Stored session is no longer valid', error.message))
      .finally(() => setRestoring(false));
  }, []);

  useEffect(() => {
    const onSignedOut = () => setActor(undefined);
    window.addEventListener(SIGNED_OUT_EVENT, onSignedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, onSignedOut);
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    tokenStore.set(await requestToken(username, password));
    try {
      setActor(await fetchActor());
    } catch (error) {
      tokenStore.clear();
      throw asApiError(error);
    }
  }, []);

  const signOut = useCallback(() => {
    tokenStore.clear();
    setActor(undefined);
  }, []);

  const value = useMemo(() => ({ actor, restoring, signIn, signOut }), [actor, restoring, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

/** The signed-in actor, for pages that are only rendered once someone is signed in. */
export function useActor(): Actor {
  const { actor } = useSession();
  if (!actor) throw new Error('No one is signed in');
  return actor;
}
