import { memo } from 'react';
import type { Role } from '../../../core/transcript-model.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import { speakersMessages } from '../messages.ts';
import { formatShare, type SpeakerGroup } from '../utils/speaker-stats.ts';

export interface SpeakersNavProps {
  groups: readonly SpeakerGroup[];
  /** The speaker whose turns alone are shown, or null. */
  filter: string | null;
  /** Go to this speaker's next turn. */
  onJump: (name: string) => void;
  /** Show only this speaker's turns (null: everyone). */
  onFilter: (name: string | null) => void;
}

/** Who speaks in the call, grouped by role, with turns and share of words; jump to a speaker or show only them. */
export const SpeakersNav = memo(function SpeakersNav({ groups, filter, onJump, onFilter }: SpeakersNavProps) {
  const m = useMessages(speakersMessages);
  const groupTitle: Record<Role, string> = { company: m.company, analyst: m.analysts, operator: m.operator };
  const largest = Math.max(0.0001, ...groups.flatMap((group) => group.speakers.map((speaker) => speaker.share)));
  return (
    <nav aria-label={m.speakers} className="side-nav speakers-nav">
      <h2 className="side-nav-title">{m.speakers}</h2>
      {groups.map((group) => (
        <section key={group.role} aria-labelledby={`speakers-${group.role}`} className="speaker-group">
          <h3 id={`speakers-${group.role}`} className="speaker-group-title">
            {groupTitle[group.role]}
          </h3>
          <ul className="speaker-list">
            {group.speakers.map((speaker) => {
              const turns = speaker.turns.length === 1 ? m.turnsOne : format(m.turnsMany, { count: speaker.turns.length });
              const detail = speaker.role === 'analyst' ? speaker.firm : speaker.title;
              const active = filter === speaker.name;
              return (
                <li key={speaker.name} className={active ? 'speaker speaker-filtered' : 'speaker'}>
                  <button
                    type="button"
                    className="speaker-jump"
                    onClick={() => onJump(speaker.name)}
                    title={format(m.jumpLabel, { name: speaker.name })}
                  >
                    <span className="speaker-name" lang="en">
                      {speaker.name}
                    </span>
                    {detail ? (
                      <span className="speaker-detail" lang="en">
                        {detail}
                      </span>
                    ) : null}
                    <span className="speaker-stats">
                      {turns} · {format(m.share, { share: formatShare(speaker.share) })}
                    </span>
                    <span className="speaker-share" aria-hidden="true">
                      <span style={{ inlineSize: `${Math.max(2, Math.round((speaker.share / largest) * 100))}%` }} />
                    </span>
                  </button>
                  <button
                    type="button"
                    className="speaker-only"
                    aria-pressed={active}
                    aria-label={format(m.onlyLabel, { name: speaker.name })}
                    onClick={() => onFilter(active ? null : speaker.name)}
                  >
                    {m.only}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
});
