// Decision titles: a `# titre: …` tag on its own line right under the knot or stitch that offers
// a choice names that decision in French for the counsellor's profile (« Un chargement plein de
// plastique » rather than `indesirables`). `narratives:check` warns when one is missing.

import { Story } from 'inkjs';
import { parseTag } from './tags.js';

export const DECISION_TITLE_TAG = 'titre';

/** Title of each given decision path (`knot` or `knot.stitch`); paths without a title are left out. */
export function decisionTitles(storyJson: string, paths: Iterable<string>): Map<string, string> {
  const story = new Story(storyJson);
  const titles = new Map<string, string>();
  for (const path of paths) {
    if (titles.has(path)) continue;
    let tags: string[] | null;
    try {
      tags = story.TagsForContentAtPath(path);
    } catch {
      // An unknown path (a decision removed in a later version) simply has no title.
      tags = null;
    }
    for (const raw of tags ?? []) {
      const tag = parseTag(raw);
      if (tag.key === DECISION_TITLE_TAG && tag.value) {
        titles.set(path, tag.value);
        break;
      }
    }
  }
  return titles;
}
