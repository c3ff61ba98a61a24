// Moved to core so that the stores can fold ties on write (docs/decisions/0010); kept here for the analyses that import it.
export * from '../core/ties/tie-span.js';
