import { inflections } from '../words/avoid.ts';

/**
 * Words agents use for the same thing, written `a = b = c`. A page that uses
 * one word of a group is also found by the others ("irate caller" finds the
 * page about an angry caller).
 */
export const defaultSynonyms: string[] = [
	'angry = upset = irate = furious = mad = annoyed = frustrated = livid = fuming = raging = wound up = losing it = kicking off = having a go',
	'swearing = cursing = abusive = rude = insulting = profanity = shouting = yelling = effing = foul language = bad language',
	'refund = money back = reimbursement = compensation',
	'discount = deal = cheaper = price cut = special offer',
	'vip = important customer = key account = priority customer = big spender',
	'colleague = coworker = teammate = workmate = team member',
	'friend = mate = neighbour = family = acquaintance',
	'handover = hand over = handoff = transfer = cover',
	'holiday = annual leave = vacation = time off',
	'complaint = complain = grievance',
	'interruption = downtime = outage = offline = not working',
	'struggling = confused = stuck = lost',
	'empathy = sympathy = compassion',
	'escalate = escalation = supervisor = manager',
	'unclear = vague = confusing = ambiguous',
	'bias = prejudice = stereotype = assumption',
	'greeting = opening = hello = welcome = start the call',
	'closing = goodbye = wrap up = end the call = finish the call = sign off',
	'listen = listening = hear',
	'interrupt = interrupting = cut off = talk over = butt in',
	'summarise = summarize = sum up = recap = paraphrase = repeat back',
	'positive = upbeat = cheerful = optimistic',
	'confident = self assured = assertive',
	'distraction = distracted = noise = noisy = loud = rowdy',
	'badmouth = slag off = run down = criticise = criticize = trash talk',
	'mistake = error = messed up = screwed up = blunder',
	'apologise = apologize = apology = sorry',
	'fixed = resolved = sorted = solved = working again',
	'refuse = decline = turn down = knock back',
	'agent = rep = representative = advisor',
	'difficult = demanding = awkward = nightmare',
];

/** Parses `a = b = c` lines into groups of lowercase words or phrases. */
export function parseSynonyms(lines: readonly string[]): string[][] {
	return lines
		.map((line) =>
			line
				.split('=')
				.map((word) => word.trim().toLowerCase().normalize('NFC'))
				.filter(Boolean),
		)
		.filter((group) => group.length > 1);
}

/**
 * Finds the words a page should also be found by: for every group with a
 * member in the page's text (any inflection in the page's language `lang`;
 * phrases word for word, "s'excuser" as "s excuser"), the other members.
 * Build it once per language and call it per page: the inflections of every
 * member are worked out here, not per page.
 */
export function synonymFinder(groups: readonly string[][], lang = 'en'): (text: string) => string[] {
	const matchers = groups.map((group) =>
		group.map((member) => {
			const words = wordsOf(member);
			if (words.length > 1) {
				const phrase = ` ${words.join(' ')} `;
				return (_words: Set<string>, sequence: string) => sequence.includes(phrase);
			}
			const forms = inflections(words[0] ?? member, lang);
			return (words: Set<string>) => forms.some((form) => words.has(form));
		}),
	);
	return (text) => {
		const found = wordsOf(text);
		const words = new Set(found);
		const sequence = ` ${found.join(' ')} `;
		const extra = new Set<string>();
		groups.forEach((group, index) => {
			const present = group.filter((_member, position) => matchers[index]?.[position]?.(words, sequence));
			if (present.length === 0) return;
			for (const member of group) if (!present.includes(member)) extra.add(member);
		});
		return [...extra];
	};
}

/** The words of `text`, lowercase, accents composed (`é` one letter however it was typed). */
function wordsOf(text: string): string[] {
	return (
		text
			.toLowerCase()
			.normalize('NFC')
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

/**
 * Words French-speaking agents use for the same thing: the situations of
 * {@link defaultSynonyms}, as they would type them.
 */
export const defaultFrenchSynonyms: string[] = [
	'en colère = énervé = fâché = furieux = agacé = mécontent = irrité = excédé = remonté = hors de lui = à bout = exaspéré',
	'insulte = insulter = injure = injurier = grossier = grossièreté = vulgaire = jurer = juron = insultant = agressif = crier = hurler = impoli',
	'remboursement = rembourser = un avoir = geste commercial = dédommagement = dédommager = indemnisation = récupérer son argent',
	'remise = réduction = rabais = ristourne = promotion = promo = prix spécial = moins cher',
	'client important = vip = grand compte = compte clé = client prioritaire = gros client',
	'collègue = coéquipier = binôme = membre de l’équipe',
	'ami = voisin = famille = proche = connaissance',
	'passation = relève = transfert = transférer = passer la main = prendre le relais',
	'congés = vacances = congé = jours de repos = absence',
	'réclamation = plainte = se plaindre = litige = contestation',
	'panne = coupure = interruption = hors service = ne fonctionne pas = ne marche pas = incident = hors ligne',
	'perdu = bloqué = confus = dépassé = en difficulté = ne comprend pas',
	'empathie = compassion = bienveillance = se mettre à la place',
	'escalade = escalader = faire remonter = responsable = superviseur = manager = chef d’équipe',
	'attente = attendre = patienter = mettre en attente = musique d’attente',
	'accueil = bonjour = salutation = saluer = début d’appel = prise d’appel = décrocher',
	'conclusion = au revoir = fin d’appel = clôturer = terminer l’appel = raccrocher = prise de congé',
	'écouter = écoute = entendre = écoute active',
	'couper la parole = interrompre = parler en même temps',
	'reformuler = reformulation = résumer = récapituler = récapitulatif',
	'erreur = faute = bourde = boulette = se tromper = oubli',
	's’excuser = excuses = désolé = pardon = navré',
	'résolu = réglé = corrigé = réparé = remarche = fonctionne à nouveau',
	'refuser = refus = décliner = dire non',
	'conseiller = conseillère = téléconseiller = agent = opérateur = chargé de clientèle',
	'difficile = exigeant = pénible = compliqué = désagréable = infernal',
	'préjugé = stéréotype = a priori = biais = cliché',
	'annuler = annulation = résilier = résiliation = se désabonner',
];

/**
 * Words Spanish-speaking agents use for the same thing: the situations of
 * {@link defaultSynonyms}, as they would type them.
 */
export const defaultSpanishSynonyms: string[] = [
	'enfadado = enojado = molesto = furioso = cabreado = irritado = indignado = alterado = fuera de sí = de mal humor = harto',
	'insultar = insulto = grosero = grosería = palabrotas = tacos = maleducado = gritar = gritos = ofensivo = agresivo = faltar al respeto',
	'reembolso = reembolsar = devolución = devolver el dinero = compensación = indemnización = abono',
	'descuento = rebaja = oferta = promoción = precio especial = más barato',
	'cliente importante = vip = cliente prioritario = gran cuenta = cuenta clave',
	'compañero = compañera = colega = compañero de equipo',
	'amigo = vecino = familiar = conocido',
	'traspaso = relevo = transferir = transferencia = pasar la llamada = derivar',
	'vacaciones = días libres = permiso = ausencia',
	'queja = reclamación = reclamar = quejarse = protesta',
	'caída = corte = interrupción = avería = fuera de servicio = no funciona = incidencia = sin conexión',
	'confundido = perdido = bloqueado = atascado = no entiende',
	'empatía = compasión = ponerse en su lugar',
	'escalar = escalado = supervisor = responsable = jefe = encargado = coordinador',
	'espera = esperar = en espera = poner en espera = música de espera',
	'saludo = saludar = bienvenida = hola = buenos días = inicio de la llamada',
	'despedida = despedirse = adiós = cierre = cerrar la llamada = terminar la llamada = colgar',
	'escuchar = escucha = oír = escucha activa',
	'interrumpir = cortar la palabra = quitar la palabra = hablar encima',
	'resumir = resumen = recapitular = reformular = parafrasear',
	'error = equivocación = fallo = metedura de pata = equivocarse = despiste',
	'disculpa = disculparse = perdón = lo siento = lamentar',
	'resuelto = solucionado = arreglado = reparado = funciona de nuevo',
	'rechazar = denegar = negarse = decir que no',
	'agente = asesor = operador = teleoperador = gestor',
	'difícil = exigente = complicado = pesado = conflictivo',
	'prejuicio = estereotipo = sesgo = suposición = cliché',
	'cancelar = cancelación = dar de baja = darse de baja = anular',
];

/**
 * Words German-speaking agents use for the same thing: the situations of
 * {@link defaultSynonyms}, as they would type them.
 */
export const defaultGermanSynonyms: string[] = [
	'wütend = verärgert = sauer = aufgebracht = zornig = genervt = empört = außer sich = ungehalten = unzufrieden = geladen',
	'beleidigen = beleidigung = beleidigend = beschimpfen = beschimpfung = fluchen = schimpfen = ausfallend = unhöflich = anschreien = schreien = vulgär',
	'erstattung = rückerstattung = erstatten = geld zurück = gutschrift = entschädigung = kulanz',
	'rabatt = nachlass = preisnachlass = ermäßigung = sonderangebot = günstiger',
	'vip = wichtiger kunde = großkunde = schlüsselkunde = key account = premiumkunde',
	'kollege = kollegin = teamkollege = teammitglied',
	'freund = nachbar = familie = bekannter',
	'übergabe = übergeben = weiterleiten = weiterleitung = durchstellen = vertretung',
	'urlaub = freie tage = abwesenheit = ferien',
	'beschwerde = beschweren = reklamation = reklamieren',
	'störung = ausfall = unterbrechung = funktioniert nicht = geht nicht = offline',
	'verwirrt = überfordert = hilflos = kommt nicht weiter = steckt fest',
	'empathie = mitgefühl = einfühlungsvermögen',
	'eskalieren = eskalation = vorgesetzter = vorgesetzte = teamleiter = teamleitung = supervisor = chef',
	'warten = warteschleife = wartezeit = in die warteschleife legen',
	'begrüßung = begrüßen = hallo = guten tag = gesprächseröffnung = meldeformel',
	'verabschiedung = verabschieden = auf wiederhören = gesprächsende = gespräch beenden = auflegen',
	'zuhören = hören = aktives zuhören',
	'unterbrechen = ins wort fallen = dazwischenreden',
	'zusammenfassen = zusammenfassung = paraphrasieren = rekapitulieren = mit eigenen worten',
	'fehler = versehen = missgeschick = irrtum = panne',
	'entschuldigen = entschuldigung = tut mir leid = bedauern',
	'gelöst = behoben = erledigt = repariert = funktioniert wieder',
	'ablehnen = absagen = nein sagen = verweigern',
	'mitarbeiter = mitarbeiterin = berater = beraterin = kundenberater = agent',
	'schwierig = anspruchsvoll = fordernd = nervig = kompliziert',
	'vorurteil = stereotyp = klischee = voreingenommenheit',
	'kündigen = kündigung = stornieren = stornierung = abbestellen',
];

/**
 * Rapport's synonym groups in each language it ships strings for (by base
 * language tag); the `synonyms` option replaces a language's groups.
 */
export const defaultSynonymsByLanguage: Record<string, readonly string[]> = {
	en: defaultSynonyms,
	fr: defaultFrenchSynonyms,
	es: defaultSpanishSynonyms,
	de: defaultGermanSynonyms,
};
