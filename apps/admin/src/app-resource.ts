import type { Role } from '@berdaya/empowerment';
import type { ResourceProps } from 'react-admin';

/** A resource of the panel; `roles` limits who sees it in the menu and may open it (all when absent). */
export type AppResource = ResourceProps & { roles?: readonly Role[] };
