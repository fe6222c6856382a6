import { Role } from '@partrack/shared';

/** Who is calling: a logged-in user or an API key (service account). */
export interface Actor {
  kind: 'USER' | 'API_KEY';
  /** user id or API key id */
  id: string;
  label: string;
  role: Role;
  agencyId: string | null;
  /** Root of the province subtree the actor's agency sits in (null for agency-less admins). */
  provinceRootId: string | null;
  /**
   * The actor's agency has ended (merged, abolished): he still reads its history but writes nothing as it
   * until reassigned (docs/reorganisation.md).
   */
  agencyEnded?: boolean;
}
