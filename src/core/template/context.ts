/** What every sheet of the template is laid out from. */
import type { Profile } from "../profile-types";

export interface SheetContext {
  readonly year: number;
  readonly unitName: string;
  readonly profile: Profile;
  /** The profile as the JX functions' last argument: its id for a built-in profile other than national, null
   *  for national (the functions' default) and for a user's own profile (which the functions cannot know). */
  readonly profileArg: string | null;
}
