import QRCode from 'qrcode';

/** An SVG QR code for `url`, sized by its container; medium error correction survives a smudge. */
export function qrSvg(url: string): Promise<string> {
	return QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
}
