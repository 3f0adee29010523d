"""French."""

import re

from summarizer.lang import DAY, HOUR, MINUTE, MONTH, SECOND, WEEK, YEAR, Language, chat_lines, words

LANGUAGE = Language(
    "fr",
    "french",
    punkt=True,
    stemmer="snowball",
    abbreviations=words("m mme mmes mlle mm dr pr ex cf av env st ste mgr me no p"),
    first_person=re.compile(r"\b(?:je|j'|j’|moi|mon|ma|mes|nous|notre|nos)\b", re.IGNORECASE),
    chat_preamble=chat_lines(
        r"""
            (?:bien\s+sûr|certainement|d'accord|volontiers)
          | (?:(?:bien\s+sûr|certainement|d'accord|volontiers)[!,.]*\s+)?
            (?:voici|voilà)\s+(?:(?:un|le|mon)\s+)?(?:(?:bref|court|petit)\s+)?
            (?:résumé|synthèse|aperçu|points\s+clés|principaux\s+points)(?:\s+(?:bref|court|concis|neutre))?
            (?:\s+(?:de\s+l'article|du\s+texte|de\s+cet\s+article|du\s+reportage))?
        """
    ),
    chat_sign_off=chat_lines(
        r"""
            j'espère\s+que\s+(?:cela|ça|ceci)\s+(?:vous\s+|t'|te\s+)?(?:aide|aidera|est\s+utile|sera\s+utile)[^.!?]*
          | n'hésitez\s+pas\s+(?:à|si)[^.!?]*
          | (?:dites|faites)-(?:moi|le-moi)\s+savoir[^.!?]*
          | si\s+vous\s+avez\s+(?:d'autres|des)\s+questions[^.!?]*
          | (?:souhaitez|voulez)-vous\s+(?:plus|que\s+je|d'autres)[^.!?]*
        """
    ),
    summary_lead_in=re.compile(r"résumé|en\s+résumé|en\s+bref|en\s+somme|synthèse|l'essentiel"),
    attribution=re.compile(
        r"\b(?:a dit|ont dit|dit|a déclaré|déclare|a affirmé|affirme|a expliqué|explique|a ajouté|ajoute|"
        r"a demandé|a-t-il|a-t-elle|estime|souligne|a souligné|selon|d'après|d’après)\b"
    ),
    date_words=words(
        "janvier février mars avril juin juillet août septembre octobre novembre décembre "
        "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain"
    ),
    # "5 janv.", "12 déc."; "mars", "mai", "juin" and "août" are not shortened. Read in small
    # letters only after a day's number, as "sept" alone is seven.
    date_abbreviations=tuple(
        (short, full) for full, shorts in (
            ("janvier", "janv"), ("février", "févr fév"), ("avril", "avr"), ("juillet", "juil"),
            ("septembre", "sept"), ("octobre", "oct"), ("novembre", "nov"), ("décembre", "déc"),
        ) for short in shorts.split()
    ),
    rate_words=frozenset({"sur"}),  # "six in ten" is "60 percent" (verify/rates.py)
    percent_words=frozenset({"pour cent"}),
    fraction_words=((2, "moitié"), (3, "tiers"), (4, "quart quarts"), (5, "cinquième cinquièmes")),
    ordinal_suffixes=("e", "er", "re", "ème", "eme", "ᵉ"),
    judgement_words=words(
        "absurde alarmant catastrophique scandaleux scandaleuse choquant choquante dévastateur dramatique "
        "historique excellent excellente formidable fantastique terrible horrible honteux honteuse ridicule "
        "stupide courageux courageuse incroyable controversé controversée radical radicale malheureusement "
        "heureusement évidemment inacceptable"
    ),
    negations=words("ne n' pas jamais aucun aucune personne rien ni sans nullement guère"),
    negative_verbs=words("nié nie nient niait niaient démenti dément démentent démentait"),
    negative_infinitive_verbs=words("refusé refuse refusent refusait omis omet échoué échoue cesse cessé cessent cessera cesseront"),
    privative_words=words(
        "fermé fermée fermés fermées suspendu suspendue suspendus suspendues interdit interdite interdits "
        "interdites annulé annulée annulés annulées interrompu interrompue interrompus interrompues inconnu inconnue "
        "inconnus inconnues"
    ),
    spelled_numbers=(
        (0, "zéro"), (1, "un une"), (2, "deux"), (3, "trois"), (4, "quatre"), (5, "cinq"), (6, "six"), (7, "sept"),
        (8, "huit"), (9, "neuf"), (10, "dix dizaine"), (11, "onze"), (12, "douze douzaine"), (13, "treize"), (14, "quatorze"),
        (15, "quinze quinzaine"), (16, "seize"), (20, "vingt vingts vingtaine"), (30, "trente trentaine"),
        (40, "quarante"), (50, "cinquante cinquantaine"), (60, "soixante soixantaine"), (100, "cent cents centaine"),
        (1000, "mille millier"),
    ),
    number_joiners=words("et"),
    number_homographs=words("neuf"),  # "un stade neuf": new
    number_idioms=frozenset({"les deux", "tous les deux", "toutes les deux", "pour cent"}),
    fraction_endings=("ième", "ièmes", "tiers", "quart", "quarts"),
    ordinal_numbers=(
        (2, "deuxième deuxièmes second seconde seconds secondes"), (3, "troisième troisièmes"), (4, "quatrième quatrièmes"),
        (5, "cinquième cinquièmes"), (6, "sixième sixièmes"), (7, "septième septièmes"), (8, "huitième huitièmes"),
        (9, "neuvième neuvièmes"), (10, "dixième dixièmes"),
    ),
    occurrence_words=words("fois reprises"),
    conditional_endings=("rait", "raient"),
    infinitive_markers=words("de d' à"),
    contrast_phrases=frozenset({"plutôt que", "au lieu de"}),
    unless_phrases=frozenset({"à moins que", "à moins qu'", "sauf si"}),
    privative_phrases=frozenset({"hors de", "hors d'"}),
    doubt_nouns=words("doute"),
    shortfall_phrases=frozenset({"trop peu", "pénurie", "insuffisant", "insuffisante", "insuffisants", "insuffisantes"}),
    expletives=words("il ce c'"),
    male_words=words("il m monsieur"),
    female_words=words("elle mme mlle madame"),
    whole_words=words("entier entière tout toute tous toutes chaque"),
    excess_words=words("trop"),
    sufficiency_words=words("assez suffisamment"),
    ruling_out_verbs=words("exclut excluent exclu exclue exclure écarte écartent écarté écartée écarter"),
    possibility_words=words("possible possibles envisageable envisageables envisage envisagent envisagé"),
    comparison_words=words("contre comparé comparée comparaison"),
    range_words=words("à et ou"),
    lead_words=words("plus avance"),
    act_families=(
        "accuser,critiquer,blâmer,condamner,dénoncer,fustiger",
        "battre,vaincre,devancer,éliminer",
        "avertir,alerter,prévenir",
        "féliciter,saluer,remercier,applaudir",
        "financer,subventionner",
        "exhorter,inviter,enjoindre",
    ),
    led_markers=words("que qu' sur"),
    disputing_verbs=words("conteste contestent contesté contestait dément démentent démenti rejette rejettent rejeté réfute réfuté"),
    ahead_words=frozenset({"devant", "a battu", "a devancé", "devance"}),
    behind_words=frozenset({"derrière"}),
    winning_words=words("remporté remporte gagné gagne imposé imposée imposés imposées"),
    act_nouns=words("interdiction veto mesure mesures décision arrêté restriction restrictions règle"),
    kind_nouns=words("type types genre genres sorte sortes espèce espèces catégorie catégories forme formes variété variétés"),
    only_words=words("seulement uniquement"),
    until_words=words("avant jusqu'à jusqu'au jusqu'aux"),
    hedges=words(
        "peut-être probablement possiblement vraisemblablement éventuellement apparemment prétendument pourrait pourraient devrait devraient serait seraient aurait auraient "
        "probable probables vraisemblable vraisemblables "  # "il est probable que": the adverb's doubt, as English "likely"
        "puisse puissent "  # the modal in the subjunctive: "prévoit que la récolte puisse atteindre"
        "risque risquent risquerait risqueraient"  # "risque d'inciter": may push
    ),
    hedge_phrases=frozenset("prévoit que|prévoient que".split("|")),  # a forecast reported as one
    # "sans doute" is "probably" ("sans aucun doute" is "certainly"): a hedge a line keeps.
    kept_hedge_phrases=frozenset({"sans doute"}),
    ability_modals=words("pourrait pourraient"),
    reported_conditionals=words("serait seraient aurait auraient"),
    that_words=words("que qu'"),
    saying_words=words(
        "dit dite déclaré déclare affirmé affirme expliqué explique ajouté ajoute demandé estime souligne souligné selon "
        "annoncé annonce prévenu prévient averti avertit indiqué indique promis promet"
    ),
    relative_dates=(
        (re.compile(r"\bcet(?:te)? (?P<unit>année|an|semaine|mois|saison|été|hiver)\b"), 0),
        (re.compile(r"\b(?:l'|la |le )(?P<unit>année|an|semaine|mois|saison) derni(?:er|ère)\b"), -1),
        (re.compile(r"\b(?:l'|la |le )(?P<unit>année|an|semaine|mois|saison) prochaine?\b"), 1),
    ),
    relative_units=(("an", "année"),),  # "l'an dernier" is "l'année dernière"
    titles=words("m mme mlle dr pr président présidente ministre maire monsieur madame"),
    open_verbs=words("trouvé constaté découvert dit déclaré accepté annoncé révélé"),
    labelling_words=words("qualifié qualifie qualifiée qualifiés jugé juge jugée dénoncé dénonce traité traite"),
    accusing_words=words("accusé accuse accusent accusait reproché reproche reprochent reprochait"),
    believing_words=words("pense pensent pensait croit croient croyait considère considèrent estiment estimait"),
    contested_words=words("soutenu soutient affirme affirmé prétend prétendu insisté insiste"),
    according_words=words("selon d'après"),  # "d'après plusieurs exposants": one word as read
    viewpoint_words=words("pour"),
    origin_words=words("depuis"),  # not "de": "of" far more often
    goal_words=words("vers dans"),
    claims_now=words("est sont doit doivent devrait"),
    claimed_then=words("était étaient"),
    opinion_words=words("aurait auraient"),
    pending_words=words("attend attendent attendait attendaient nécessite nécessitent requiert exige exigent cherche cherchent besoin"),
    had_words=words("obtenu obtient obtiennent reçu reçoit reçoivent décroché décroche remporté remporte accordé"),
    still_pending_words=words("toujours encore pas jamais sans avant attente"),
    perfect_auxiliaries=words("a ont avait avaient"),
    speaker_pronouns=words("il elle ils elles lui eux"),  # "selon lui"
    passive_auxiliaries=words("été est sont était étaient fut furent sera seront"),
    agent_words=words("par"),
    transfer_verbs=words(
        "donner donné donne racheter racheté rachète acheter acheté achète vendre vendu vend revendre revendu "
        "céder cédé cède transmettre transmis transmet remettre remis livrer livré louer loué transférer transféré envoyer envoyé "
        "fournir fourni fournit fournissent fournira"
    ),
    counterpart_words=words("à au aux"),
    target_words=words("contre"),
    place_words=words("à en"),
    determiners=words("un une le la les l au aux son sa ses leur leurs ce cette ces"),
    pointing_words=words("le la l les ce cet cette"),
    place_prepositions=words("à en dans près"),
    body_roles=words("directeur directrice président présidente pdg porte-parole fondateur fondatrice patron patronne"),
    # Nouns for a body named elsewhere ("la compagnie", "le club"): see `stand_in_nouns` in lang/__init__.py.
    stand_in_nouns=words(
        "compagnie entreprise société groupe firme banque club équipe mairie municipalité conseil gouvernement "
        "ministère agence autorité association syndicat parti fédération constructeur transporteur opérateur "
        "assureur distributeur enseigne chaîne fabricant laboratoire hôpital université musée aéroport orchestre"
    ),
    rank_prefixes=words("vice sous ex"),
    relative_pronouns=words("qui dont lequel laquelle"),
    part_of_words=words("de du des d"),
    place_kind_nouns=words("ville villes village villages commune communes département région pays île îles province capitale"),
    naming_relatives=words("qui dont"),
    noun_linkers=words("de du des d"),
    synonyms=(
        "élections élection scrutin scrutins",
        "offre offres proposition propositions",
        "navire navires bateau bateaux",
        "peintre peintres artiste artistes",
        "entreprise entreprises société sociétés firme firmes",
        "avion avions appareil appareils",
        "grève grèves débrayage débrayages",
        "accord accords entente ententes",
        "voiture voitures véhicule véhicules automobile automobiles",
        "médecin médecins docteur docteurs",
        "incendie incendies feu feux",
    ),
    opposites=(
        "hausse hausses augmentation augmentations | baisse baisses diminution diminutions réduction réductions", "augmenté | diminué", "plus | moins", "gagné | perdu", "morts | blessés",
        "ouvert | fermé", "avant | après", "nord | sud", "hommes | femmes", "premier première | dernier dernière",
        "accepté | refusé",
        # Verbes d'un changement ou d'une position, dits à l'envers (« s'est affaibli » pour « renforcé »).
        "confirmé confirme confirmait | démenti dément nié nie niait", "renforcé renforcée renforce | affaibli affaiblie affaiblit",
        "approuvé approuvée approuve | rejeté rejetée rejette", "augmente augmentait | diminue diminuait",
        "progressé progresse | reculé recule", "autorisé autorisée autorise | interdit interdite interdisait",
        "excédent | déficit", "gagne | perd",
        "été étés | hiver hivers | printemps | automne automnes",
        "craignent craint craignait redoutent redoute | réjouissent réjouit saluent salue félicitent",
        # Directions et positions de l'actualité ; une forme par verbe régulier suffit, les autres
        # étant lues par leur racine (verify/opposite_forms.py).
        "gagner gagnerait gagneront gagnait | perdre perdrait perdront perdait perdent",
        "avancer avancé | retarder retardé reporter reporté repousser repoussé",
        "accepter accepte | refuser refuse rejeter", "approuver | rejeter",
        "augmenter augmentera | diminuer diminuera baisser baissera réduire réduit réduira",
        "ouvrir ouvre ouvrira ouvrait | fermer fermera fermait",
        "commencer commencé commence débuter débuté | terminer terminé termine achever achevé", "début | fin",
        "bénéfice bénéfices | perte pertes", "victoire victoires | défaite défaites", "majorité | minorité",
        "supérieur supérieure supérieurs | inférieur inférieure inférieurs", "importations | exportations",
        "optimiste optimistes | pessimiste pessimistes",
        # Hausses et chutes : « chuter », « grimper », « reculer » ne se lisent pas par la racine
        # d'« augmenter » ; jugements et durées de la langue administrative.
        "augmenté augmentée augmenter grimpé grimper progressé bondi flambée flambé | chuté chuter chute baissé baisser diminuée reculé reculer dégringolé",
        "intentionnel intentionnelle délibéré délibérée | involontaire involontaires négligent négligente",
        "légal légale légaux | illégal illégale illégaux", "temporaire temporaires provisoire provisoires | définitif définitive définitifs permanent permanente",
        "facultatif facultative | obligatoire obligatoires", "grave graves lourd lourde | léger légère bénin bénigne",
        # Qualités dites à l'envers dans les mots mêmes de la source (« un hiver froid » pour « chaud »).
        "chaud chaude chauds chaudes | froid froide froids froides",
        "haut haute hauts hautes élevé élevée élevés élevées | bas basse basses faible faibles",
        "meilleur meilleure meilleurs meilleures | pire pires", "jeune jeunes | âgé âgée âgés âgées",
        "ensoleillé ensoleillée | ombragé ombragée", "excessif excessive excessifs excessives | insuffisant insuffisante insuffisants insuffisantes",
    ),
    multiplying_words=words("fois multiplié multipliée multipliés multipliées"),
    multipliers=(
        (2.0, "double doublé doublée doubler doublera doubles"),
        (3.0, "triple triplé triplée tripler triplera"),
        (4.0, "quadruple quadruplé quadrupler"),
    ),
    scale_words=((1e6, "million millions"), (1e9, "milliard milliards"), (1e12, "billion billions")),
    currency_words=(
        ("dollar", "dollar dollars"), ("euro", "euro euros"), ("pound", "livre livres"), ("yen", "yen yens"),
        ("yuan", "yuan yuans"), ("franc", "franc francs"), ("rouble", "rouble roubles"),
    ),
    time_units=(
        (SECOND, "seconde secondes"), (MINUTE, "minute minutes"), (HOUR, "heure heures"), (DAY, "jour jours journée journées"),
        (WEEK, "semaine semaines"), (MONTH, "mois"), (YEAR // 2, "semestre semestres"), (YEAR, "an ans année années"),
        (10 * YEAR, "décennie décennies"), (100 * YEAR, "siècle siècles"), (1000 * YEAR, "millénaire millénaires"),
    ),
    span_counts=((1, "un|une"), (0.5, "un demi|une demi|demi")),
    span_and_half=frozenset({"et demi", "et demie"}),
    relation_checks=True,
    # Cut-off lines (verify/fragments.py). Articles and their contractions ("du", "au"), the
    # possessives that are never pronouns, prepositions French does not strand, conjunctions.
    # "le", "la", "les" also stand for objects, but before their verb, or joined to an imperative
    # by a hyphen ("prends-le"). Left out: "un", "une" ("il n'en reste qu'une."), "son" (a noun),
    # "leur" and "leurs" ("le leur."), prepositions spoken French strands ("avec", "pour",
    # "contre", "sans") or that are also nouns and verbs ("vers", "entre"), and "donc" ("allez donc.").
    unfinished_ends=words(
        "le la les des du au aux sa ses mon ma mes ton ta tes notre votre nos vos "
        "à de dans chez sur sous par depuis pendant et ou mais que car parce lorsque puisque quoique"
    ),
    # The negation clitic waits for its verb ("les infirmières ne"); at a line's bare end, with no
    # end mark, so do the prepositions spoken French strands ("... sera versée pour").
    unmarked_unfinished_ends=words("ne n' pour avec contre sans vers entre"),
    complementisers=words("que qu'"),
    adversatives=words("mais"),
    relative_openers=words("qui dont"),
    coordinators=words("et ou ni"),
    clause_openers=words("mais car parce lorsque quand puisque tandis après avant si où alors"),
    light_words=words("encore déjà aussi jamais venir vient venu aller va allé rester reste resté voir vu prendre pris faire fait mettre mis dernier dernière derniers dernières précédent précédente auparavant récemment prochain prochaine"),
    parser_pipelines=("fr_core_news_sm",),
)
