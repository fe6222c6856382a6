/** The largest file one upload may carry (report attachments, PAR evidence): 10 MB. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
