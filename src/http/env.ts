import type { AppContext } from '../context.ts';
import type { Lang } from '../kernel/errors.ts';
import type { Logger } from '../kernel/logger.ts';
import type { Principal } from '../kernel/policy/authorize.ts';

export type { Lang };

/** What every request carries through Hono's context. */
export interface AppEnv {
  Variables: {
    app: AppContext;
    requestId: string;
    log: Logger;
    lang: Lang;
    /** The logged-in staff member, or null on public pages. */
    principal: Principal | null;
    sessionId: string | null;
    /** The token forms must send back (CSRF); see csrf.ts. */
    csrfToken: string;
  };
}
