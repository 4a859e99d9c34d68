/** A channel as the switch and the call notes name it: `in-person` → "In person". */
export function channelLabel(name: string): string {
	const words = name.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}
