import type { EventTypeVocabulary } from './api.js';
import type { TimelineItem } from './model.js';

/** An event type's label as a heading: `armed clash` → `Armed clash`. */
export function eventTypeLabel(type: string, vocabulary: EventTypeVocabulary): string {
  const label = vocabulary.types[type as keyof EventTypeVocabulary['types']]?.label ?? type.replace(/_/g, ' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

const CHANGE_WORDS = { began: 'begins', ended: 'ends', on: '' } as const;

/** One line about an item: `GATIA allied with MAA begins`, or an event's type and description. */
export function describeItem(item: TimelineItem, names: ReadonlyMap<string, string>, vocabulary: EventTypeVocabulary): string {
  if (item.kind === 'event' && item.event) {
    return `${eventTypeLabel(item.event.type, vocabulary)}: ${item.event.description}`;
  }
  const tie = item.tie;
  if (!tie) return item.subject;
  const words = `${names.get(tie.from) ?? tie.from} ${tie.type.replace(/_/g, ' ')} ${names.get(tie.to) ?? tie.to}`;
  const change = item.change ? CHANGE_WORDS[item.change] : '';
  return change ? `${words}: ${change}` : words;
}
