/** Where a page applies (frontmatter `channels`, and the channels a `:say` line is for). No dependencies: browser scripts import it too. */
export const channelNames = ['phone', 'chat', 'email', 'in-person'] as const;
