import { defineStrings } from '../i18n/define-strings.ts';

/** Strings rendered into pages at build time: the page a browser shows offline in place of a page it has not saved. */
export const strings = defineStrings({
	en: {
		'rapport.offline.pageTitle': 'This page is not saved for offline use',
		'rapport.offline.pageDescription': 'Shown offline in place of a page this browser has not saved yet.',
		'rapport.offline.pageWhy':
			'You are offline, and this browser has not saved this page: it saves a page of a big playbook when the page is first opened. Reload once you are back online.',
		'rapport.offline.pageStill':
			'Offline you can still search ({{keys}}), open every call script, the {{cards}}, the {{situations}}, and every page you have opened before.',
		'rapport.offline.pageCards': 'desk cards',
		'rapport.offline.pageSituations': 'situations',
	},
	fr: {
		'rapport.offline.pageTitle': 'Cette page n’est pas enregistrée pour le mode hors ligne',
		'rapport.offline.pageDescription': 'Affichée hors ligne à la place d’une page que ce navigateur n’a pas encore enregistrée.',
		'rapport.offline.pageWhy':
			'Vous êtes hors ligne et ce navigateur n’a pas enregistré cette page : dans un grand guide, une page est enregistrée la première fois qu’on l’ouvre. Rechargez-la une fois la connexion revenue.',
		'rapport.offline.pageStill':
			'Hors ligne, vous pouvez quand même lancer une recherche ({{keys}}), ouvrir tous les scripts d’appel, les {{cards}}, les {{situations}} et toutes les pages déjà ouvertes.',
		'rapport.offline.pageCards': 'fiches mémo',
		'rapport.offline.pageSituations': 'situations',
	},
	es: {
		'rapport.offline.pageTitle': 'Esta página no está guardada para usarla sin conexión',
		'rapport.offline.pageDescription': 'Se muestra sin conexión en lugar de una página que este navegador aún no ha guardado.',
		'rapport.offline.pageWhy':
			'Estás sin conexión y este navegador no ha guardado esta página: en una guía grande, cada página se guarda la primera vez que se abre. Vuelve a cargarla cuando recuperes la conexión.',
		'rapport.offline.pageStill':
			'Sin conexión puedes seguir buscando ({{keys}}) y abrir todos los guiones de llamada, las {{cards}}, las {{situations}} y cualquier página que ya hayas abierto.',
		'rapport.offline.pageCards': 'fichas de consulta',
		'rapport.offline.pageSituations': 'situaciones',
	},
	de: {
		'rapport.offline.pageTitle': 'Diese Seite ist nicht offline gespeichert',
		'rapport.offline.pageDescription': 'Wird offline anstelle einer Seite angezeigt, die dieser Browser noch nicht gespeichert hat.',
		'rapport.offline.pageWhy':
			'Sie sind offline, und dieser Browser hat diese Seite nicht gespeichert: Bei einem großen Leitfaden wird eine Seite erst beim ersten Öffnen gespeichert. Laden Sie sie neu, sobald Sie wieder online sind.',
		'rapport.offline.pageStill':
			'Offline können Sie trotzdem suchen ({{keys}}) und alle Gesprächsleitfäden, die {{cards}}, die {{situations}} und alle bereits geöffneten Seiten aufrufen.',
		'rapport.offline.pageCards': 'Merkkarten',
		'rapport.offline.pageSituations': 'Situationen',
	},
});

/** Strings the offline code shows in the page: the footer's status line and the newer-version notice. */
export const browserStrings = defineStrings({
	en: {
		'rapport.offline.saving': 'Saving the playbook for offline use…',
		'rapport.offline.saved': 'Available offline',
		'rapport.offline.savedPart': 'Available offline: call scripts, desk cards, search and the pages you have opened',
		'rapport.offline.offline': 'Offline: showing the saved copy',
		'rapport.offline.failed': 'Not available offline: saving the playbook failed. It will try again on your next visit.',
		'rapport.offline.unsupported': 'Not available offline in this browser',
		'rapport.offline.updateReady': 'A newer version of the playbook is ready: press {{key}} or {{button}}',
		'rapport.offline.reload': 'Reload',
	},
	fr: {
		'rapport.offline.saving': 'Enregistrement du guide pour le mode hors ligne…',
		'rapport.offline.saved': 'Disponible hors ligne',
		'rapport.offline.savedPart': 'Disponible hors ligne : scripts d’appel, fiches mémo, recherche et pages déjà ouvertes',
		'rapport.offline.offline': 'Hors ligne : vous consultez la copie enregistrée',
		'rapport.offline.failed': 'Indisponible hors ligne : l’enregistrement du guide a échoué. Nouvel essai à votre prochaine visite.',
		'rapport.offline.unsupported': 'Indisponible hors ligne dans ce navigateur',
		'rapport.offline.updateReady': 'Une nouvelle version du guide est prête : appuyez sur {{key}} ou {{button}}',
		'rapport.offline.reload': 'Recharger',
	},
	es: {
		'rapport.offline.saving': 'Guardando la guía para usarla sin conexión…',
		'rapport.offline.saved': 'Disponible sin conexión',
		'rapport.offline.savedPart': 'Disponible sin conexión: guiones de llamada, fichas de consulta, búsqueda y las páginas que has abierto',
		'rapport.offline.offline': 'Sin conexión: se muestra la copia guardada',
		'rapport.offline.failed': 'No disponible sin conexión: no se pudo guardar la guía. Se volverá a intentar en tu próxima visita.',
		'rapport.offline.unsupported': 'No disponible sin conexión en este navegador',
		'rapport.offline.updateReady': 'Hay una versión nueva de la guía: pulsa {{key}} o {{button}}',
		'rapport.offline.reload': 'Recargar',
	},
	de: {
		'rapport.offline.saving': 'Leitfaden wird für die Offline-Nutzung gespeichert…',
		'rapport.offline.saved': 'Offline verfügbar',
		'rapport.offline.savedPart': 'Offline verfügbar: Gesprächsleitfäden, Merkkarten, Suche und bereits geöffnete Seiten',
		'rapport.offline.offline': 'Offline: Die gespeicherte Version wird angezeigt',
		'rapport.offline.failed':
			'Nicht offline verfügbar: Der Leitfaden konnte nicht gespeichert werden. Beim nächsten Besuch wird es erneut versucht.',
		'rapport.offline.unsupported': 'In diesem Browser nicht offline verfügbar',
		'rapport.offline.updateReady': 'Eine neue Version des Leitfadens ist da: {{key}} drücken oder {{button}}',
		'rapport.offline.reload': 'Neu laden',
	},
});
