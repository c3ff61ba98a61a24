import { z } from 'zod';
import { ROLES } from './accounts.js';

// Apart from accounts.ts, whose role order every read consults, so that reads load no schema library.
export const roleSchema = z.enum(ROLES);
export const userNameSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'expected a lower-case name of letters, digits, dot, dash or underscore');
