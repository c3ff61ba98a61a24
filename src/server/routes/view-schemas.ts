// Bodies and path parameters of the saved-view routes (view-routes.ts); the service checks the same
// rules again (src/services/views/saved-views.ts).
import { z } from 'zod';
import { viewHashSchema, viewIdSchema, viewNameSchema, viewNoteSchema } from '../../core/saved-view-schemas.js';

export const viewParam = z.strictObject({ id: viewIdSchema });

export const newViewBody = z.strictObject({
  name: viewNameSchema.meta({ description: 'what the view shows, in a few words' }),
  hash: viewHashSchema.meta({ description: 'the in-app location, e.g. #/network?date=2017-06' }),
  note: viewNoteSchema.optional().meta({ description: 'free text; absent or empty for none' }),
});

export const viewChangeBody = z.strictObject({
  name: viewNameSchema.optional(),
  hash: viewHashSchema.optional(),
  note: viewNoteSchema.optional(),
});
