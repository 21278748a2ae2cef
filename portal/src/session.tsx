// The signed-in user: the token in sessionStorage and the actor the API derives from it.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type ApiError, api, asApiError, requestToken, SIGNED_OUT_EVENT, tokenStore } from './api/client.ts';
import type { Actor } from './api/types.ts';
import { finishSignIn, logoutUrl, redirectUri, startSignIn } from './auth/cognito.ts';
import type { AuthConfig } from './auth/config.ts';

interface Session {
  actor?: Actor;
  /** True while a stored token is being checked, so the sign-in page does not flash. */
  restoring: boolean;
  /** How users sign in: a form against the local identity provider, or Cognito's hosted pages. */
  auth: AuthConfig;
  /** Why the last sign-in through the hosted pages failed, if it did. */
  signInError?: ApiError;
  signIn(username: string, password: string): Promise<void>;
  /** Leaves for the hosted sign-in pages (Cognito only). */
  signInHosted(): Promise<void>;
  signOut(): void;
}

const SessionContext = createContext<Session | undefined>(undefined);

const fetchActor = async () => (await api<{ actor: Actor }>('GET', '/me')).actor;

export function SessionProvider({ auth, children }: { auth: AuthConfig; children: ReactNode }) {
  const [actor, setActor] = useState<Actor>();
  const [signInError, setSignInError] = useState<ApiError>();
  const returning = auth.kind === 'cognito' && new URLSearchParams(window.location.search).has('code');
  const [restoring, setRestoring] = useState(() => returning || tokenStore.get() !== undefined);

  useEffect(() => {
    // Back from the hosted pages: the code becomes the token before the stored session is checked.
    const arriving = auth.kind === 'cognito' ? finishSignIn(auth) : Promise.resolve(undefined);
    arriving
      .then((token) => {
        if (token) tokenStore.set(token);
        if (!tokenStore.get()) return;
        return fetchActor().then(setActor);
      })
      .catch((error: unknown) => {
        tokenStore.clear();
        setSignInError(asApiError(error));
      })
      .finally(() => setRestoring(false));
  }, [auth]);

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

  const signInHosted = useCallback(async () => {
    if (auth.kind === 'cognito') await startSignIn(auth);
  }, [auth]);

  const signOut = useCallback(() => {
    tokenStore.clear();
    setActor(undefined);
    // The hosted pages keep their own session; ending it stops the next sign-in from skipping the password.
    if (auth.kind === 'cognito') window.location.assign(logoutUrl(auth, redirectUri()));
  }, [auth]);

  const value = useMemo(
    () => ({ actor, restoring, auth, signInError, signIn, signInHosted, signOut }),
    [actor, restoring, auth, signInError, signIn, signInHosted, signOut],
  );
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
