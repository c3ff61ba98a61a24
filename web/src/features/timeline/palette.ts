import { GROUP_COLOURS, GROUP_LABELS } from '../map/model.js';
import { RELATION_CATEGORIES, type Category, type RelationCategory } from './model.js';

// Event groups keep the map's colours so a battle looks the same in every view.
const RELATION_COLOURS: Record<RelationCategory, string> = { lineage: '#1f5fa8', alignment: '#2f8a4c', ties: '#6b7a8c' };

const isRelation = (category: Category): category is RelationCategory => category in RELATION_CATEGORIES;

/** The colour of a row and its marks. */
export const categoryColour = (category: Category): string => (isRelation(category) ? RELATION_COLOURS[category] : (GROUP_COLOURS[category] ?? '#6b7a8c'));

/** The name of a row. */
export const categoryLabel = (category: Category): string => (isRelation(category) ? RELATION_CATEGORIES[category] : (GROUP_LABELS[category] ?? category));
