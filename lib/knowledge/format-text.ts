import { formatEventDate } from './format-date';
import type { KnowledgePack } from './types';

/** A human-readable summary of a pack: sources, entities with their roles, the timeline. */
export function formatPackText(pack: KnowledgePack): string {
  const lines: string[] = [];
  const names = new Map(pack.entities.map((e) => [e.id, e.name]));
  lines.push(`Sources (${pack.sources.length})`);
  for (const s of pack.sources) lines.push(`  ${s.title} (${s.publisher}, ${s.date ?? 'undated'})`);
  lines.push('', `Entities (${pack.entities.length})`);
  for (const e of pack.entities) {
    const roles = e.roles.map((r) => r.title).join('; ');
    const aliases = e.aliases.length ? ` aka ${e.aliases.join(', ')}` : '';
    lines.push(`  ${e.name} [${e.type}]${roles ? ` — ${roles}` : ''}${aliases} (${e.facts.length} facts)`);
  }
  lines.push('', `Timeline (${pack.events.length})`);
  for (const ev of pack.events) {
    const who = ev.entityIds.map((id) => names.get(id)).join(', ');
    lines.push(`  ${formatEventDate(ev.when)}: ${ev.summary}${who ? ` [${who}]` : ''}`);
  }
  if (pack.warnings.length) lines.push('', 'Warnings', ...pack.warnings.map((w) => `  ${w}`));
  lines.push('', `Overrides: ${pack.overrides}`);
  return `${lines.join('\n')}\n`;
}
