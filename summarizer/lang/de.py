"""German."""

import re

from summarizer.lang import DAY, HOUR, MINUTE, MONTH, SECOND, WEEK, YEAR, Language, chat_lines, words

# A day and its part written as one word ("am Mittwochabend"): read as dates like the day alone.
_DAY_PARTS = frozenset(
    day + part
    for day in "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag".split()
    for part in "morgen vormittag mittag nachmittag abend nacht".split()
)

LANGUAGE = Language(
    "de",
    "german",
    punkt=True,
    stemmer="snowball",
    abbreviations=words("mrd mio tsd nr dr prof bzw ca usw vgl str hr evtl inkl jh abs art st bspw sog zzt gem std"),
    months=words("januar jänner februar märz april mai juni juli august september oktober november dezember"),
    nouns_capitalised=True,
    first_person=re.compile(
        r"\b(?:ich|mich|mir|mein|meine|meinen|meinem|meiner|wir|uns|unser|unsere|unseren|unserem|unserer)\b", re.IGNORECASE
    ),
    chat_preamble=chat_lines(
        r"""
            (?:gerne|gern|sicher|natürlich|klar|selbstverständlich)
          | (?:(?:gerne|gern|sicher|natürlich|klar|selbstverständlich)[!,.]*\s+)?
            (?:hier\s+(?:ist|sind|kommt|folgt)|das\s+ist)\s+(?:(?:eine|die|meine)\s+)?(?:(?:kurze|knappe|neutrale)\s+)*
            (?:zusammenfassung|übersicht|kernpunkte|wichtigsten\s+punkte)
            (?:\s+(?:des|dieses)\s+(?:artikels|textes|berichts|beitrags))?
        """
    ),
    chat_sign_off=chat_lines(
        r"""
            ich\s+hoffe,?\s+(?:das|dies|es)\s+(?:hilft|ist\s+hilfreich)[^.!?]*
          | (?:lassen\s+sie|lass)\s+(?:mich|es\s+mich)\s+wissen[^.!?]*
          | (?:melden\s+sie\s+sich|melde\s+dich|sagen\s+sie\s+bescheid|sag\s+bescheid)[^.!?]*
          | (?:haben\s+sie|hast\s+du)\s+(?:noch\s+)?(?:weitere\s+)?fragen[^.!?]*
          | (?:bei|falls\s+sie|wenn\s+sie)\s+(?:noch\s+)?(?:weitere[n]?\s+)?fragen[^.!?]*
          | zögern\s+sie\s+nicht[^.!?]*
        """
    ),
    summary_lead_in=re.compile(r"zusammenfassung|kurz\s+gesagt|kurzfassung|kurz\s+zusammengefasst|fazit|das\s+wichtigste"),
    attribution=re.compile(
        r"\b(?:sagte|sagten|sagt|erklärte|erklärt|betonte|betont|meinte|warnte|fragte|kritisierte|berichtete|"
        r"teilte|schrieb|laut|zufolge|so)\b"
    ),
    date_words=words(
        "januar jänner februar märz april mai juni juli august september oktober november dezember "
        "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag gestern heute morgen"
    ) | _DAY_PARTS,
    # "5. Jan.", "Dez. 2025"; the days' short forms ("Mo.", "So.") are left out: "So." is a word.
    date_abbreviations=tuple(
        (short, full) for full, shorts in (
            ("januar", "jan"), ("februar", "feb febr"), ("märz", "mrz"), ("april", "apr"), ("juni", "jun"),
            ("juli", "jul"), ("august", "aug"), ("september", "sep sept"), ("oktober", "okt"),
            ("november", "nov"), ("dezember", "dez"),
        ) for short in shorts.split()
    ),
    rate_words=frozenset({"von", "aus"}),  # "six in ten" is "60 percent" (verify/rates.py)
    percent_words=frozenset({"prozent"}),
    fraction_words=((2, "hälfte"), (3, "drittel"), (4, "viertel"), (5, "fünftel")),
    judgement_words=words(
        "absurd alarmierend katastrophal skandalös schockierend verheerend dramatisch historisch "
        "hervorragend großartig fantastisch schrecklich furchtbar peinlich lächerlich dumm mutig genial "
        "beispiellos unglaublich umstritten radikal leider glücklicherweise zweifellos offensichtlich"
    ),
    negations=words("nicht kein keine keinen keinem keiner keines nie niemals niemand nichts weder noch ohne"),
    # German puts "zu" after the object ("weigerte sich, den Vertrag zu unterschreiben"): these
    # negate by themselves.
    negative_verbs=words(
        "bestritt bestritten bestreitet bestreiten dementierte dementierten dementiert weigerte weigerten weigert "
        "verweigerte verweigerten verweigert versäumte versäumten versäumt"
    ),
    privative_words=words(
        "geschlossen gesperrt verboten untersagt eingestellt abgesagt gestoppt ausgesetzt unterbrochen unbekannt unklar"
    ),
    spelled_numbers=(
        (0, "null"), (1, "eins ein"), (2, "zwei"), (3, "drei"), (4, "vier"), (5, "fünf"), (6, "sechs"), (7, "sieben"), (8, "acht"),
        (9, "neun"), (10, "zehn"), (11, "elf"), (12, "zwölf"), (13, "dreizehn"), (14, "vierzehn"), (15, "fünfzehn"),
        (16, "sechzehn"), (17, "siebzehn"), (18, "achtzehn"), (19, "neunzehn"), (20, "zwanzig"), (30, "dreißig"),
        (40, "vierzig"), (50, "fünfzig"), (60, "sechzig"), (70, "siebzig"), (80, "achtzig"), (90, "neunzig"),
        (100, "hundert"), (1000, "tausend"),
    ),
    number_joiners=words("und"),
    fraction_endings=("drittel", "viertel", "fünftel", "sechstel", "siebtel", "achtel", "neuntel", "zehntel", "stel"),
    ordinal_numbers=(
        (2, "zweite zweiten zweiter zweites zweitem"), (3, "dritte dritten dritter drittes drittem"),
        (4, "vierte vierten vierter viertes viertem"), (5, "fünfte fünften fünfter fünftes fünftem"),
        (6, "sechste sechsten sechster sechstes sechstem"), (7, "siebte siebten siebter siebtes siebtem"),
        (8, "achter achtes achtem"), (9, "neunte neunten neunter neuntes neuntem"),
        (10, "zehnte zehnten zehnter zehntes zehntem"),
    ),
    occurrence_words=words("mal"),
    compounds=True,
    support_endings=("et", "t"),  # "öffnet", "hofft", "sagte" ("sagt") as "öffnen", "hoffe", "sagen" stem
    contrast_phrases=frozenset({"statt", "anstatt", "anstelle"}),
    unless_phrases=frozenset({"es sei denn", "außer wenn"}),
    privative_phrases=frozenset({"außer"}),
    doubt_nouns=words("zweifel"),
    shortfall_phrases=frozenset({"zu wenig", "zu wenige", "zu wenigen", "mangel", "unzureichend", "unzureichende"}),
    expletives=words("es"),
    male_words=words("er herr"),
    female_words=words("frau"),  # "sie" is also "they" and the polite "you"
    whole_words=words("ganz ganze ganzen ganzer ganzes gesamt gesamte gesamten jeder jede jedes jeden jedem alle allen"),
    excess_words=words("zu"),
    sufficiency_words=words("genug ausreichend"),
    ruling_out_verbs=words("ausgeschlossen ausschließen schließt schließen"),
    possibility_words=words("möglich mögliche möglichen denkbar vorstellbar"),
    comparison_words=words("gegenüber verglichen vergleich"),
    range_words=words("bis auf und oder"),
    lead_words=words("mehr vorsprung"),
    led_markers=words("als vor"),
    act_nouns=words("verbot veto maßnahme maßnahmen entscheidung beschluss verfügung einschränkung einschränkungen"),
    kind_nouns=words("art arten typ typen sorte sorten kategorie kategorien form formen gattung gattungen"),
    only_words=words("erst nur"),
    until_words=words("bis"),
    hedges=words(
        "vielleicht möglicherweise wahrscheinlich voraussichtlich angeblich offenbar wohl vermutlich eventuell könnte könnten dürfte dürften soll sollen "
        "könne"  # the modal of possibility in reported speech (Konjunktiv I): "sagte, der Hang könne sich bewegen"
    ),
    # In a line, the same modal in the indicative or a word of possibility keeps the doubt: "das
    # Hallenbad kann nur zwei Abende anbieten" from "könne ... anbieten", "es ist möglich, dass".
    kept_hedge_words=words("kann können möglich mögliche möglichen"),
    saying_words=words(
        "sagte sagten sagt erklärte erklärt betonte betont meinte warnte fragte kritisierte berichtete teilte schrieb laut zufolge "
        "gesagt gemeint gewarnt gefragt kritisiert berichtet geschrieben versprach versprachen verspricht versprochen "  # "hat gesagt"
        "sprach sprachen spricht"  # "sprach von einem Versprechen": a speech reported
    ),
    relative_dates=(
        (re.compile(r"\b(?:dieses|diesem|diese|dieser) (?P<unit>jahr|woche|monat|saison|sommer|winter)\b"), 0),
        (re.compile(r"\b(?:letztes|letzten|letzte|vergangenes|vergangenen|vergangene) (?P<unit>jahr|woche|monat|saison|sommer|winter)\b"), -1),
        (re.compile(r"\b(?:nächstes|nächsten|nächste|kommendes|kommenden|kommende) (?P<unit>jahr|woche|monat|saison|sommer|winter)\b"), 1),
    ),
    titles=words(
        "herr frau dr prof präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin "
        "minister ministerin bürgermeister bürgermeisterin trainer"
    ),
    open_verbs=words("fand festgestellt herausgefunden sagte erklärte zugestimmt berichtete"),
    labelling_words=words("nannte nennt bezeichnete bezeichnet bezeichneten kritisierte kritisiert"),
    # "warf dem Konzern vor, ... ignoriert zu haben" (the particle "vor" closes the clause).
    accusing_words=words("warf warfen wirft werfen vorgeworfen beschuldigte beschuldigten beschuldigt beschuldigen"),
    believing_words=words("glaubt glaubte glauben glaubten meint meinen meinten"),
    contested_words=words("behauptete behauptet argumentierte beharrte"),
    report_nouns=words("angaben"),
    origin_words=words("aus"),  # not "von": also "of" and the passive's agent
    goal_words=words("nach in auf"),
    owner_linkers=words("des der eines einer"),  # after a noun, its genitive owner ("die Politik der Bahn")
    according_words=frozenset(),  # "laut Polizei": every German noun has a capital, so no person can be told apart
    claims_now=words("ist sind muss müssen sollte"),
    claimed_then=words("sei seien war waren"),
    opinion_words=words("sollte sollten müsste müssten"),
    # "soll" and "sollen" are "is to" in "Die Arbeiten sollen im März beginnen", a hedge only in
    # "soll ... gesagt haben".
    planning_words=words("soll sollen"),
    pending_words=words("braucht brauchen benötigt benötigen erfordert erfordern wartet warten sucht suchen"),
    had_words=words("erhielt erhielten erhalten erhält bekam bekamen bekommen bekommt gewann gewannen"),
    still_pending_words=words("noch nicht nie kein keine ohne bis vor"),
    stand_in_nouns=words(
        "stadt gemeinde stadtrat gemeinderat rat verwaltung regierung landesregierung ministerium behörde polizei "
        "unternehmen firma konzern verein klub club mannschaft team partei fraktion verband gewerkschaft bank"
    ),
    perfect_auxiliaries=words("hat haben hatte hatten habe hätte hätten"),
    passive_auxiliaries=words("wurde wurden worden wird werden"),
    agent_words=words("von vom"),
    place_words=words("in im"),
    determiners=words("ein eine einen einem einer der die das den dem des sein seine ihr ihre"),
    pointing_words=words("der die das den dem des dieser diese dieses diesen diesem"),
    place_prepositions=words("in im bei nahe aus"),
    body_roles=words("chef chefin geschäftsführer geschäftsführerin vorstandschef vorstandschefin sprecher sprecherin gründer gründerin"),
    synonyms=(
        "wahl wahlen urnengang",
        "angebot angebote offerte offerten",
        "schiff schiffe frachter",
        "maler malerin künstler künstlerin",
        "firma firmen unternehmen konzern konzerne",
        "streik streiks ausstand arbeitsniederlegung",
        "abkommen vereinbarung vereinbarungen einigung",
        "auto autos wagen fahrzeug fahrzeuge",
        "arzt ärzte ärztin mediziner",
        "brand brände feuer",
        "projekt projekte vorhaben",
    ),
    opposites=(
        "gestiegen stieg | gesunken sank", "mehr | weniger", "höher | niedriger", "gewonnen gewann | verloren verlor",
        "getötet tote | verletzt verletzte", "geöffnet | geschlossen", "vor | nach", "nord | süd", "männer | frauen",
        "erste | letzte", "angenommen | abgelehnt",
        "sommer | winter | frühling | herbst", "befürchten fürchten | begrüßen begrüßten",
        # Verben einer Änderung oder Haltung, umgekehrt erzählt ("schwächte sich ab" für "stärkte sich").
        "stieg steigt | sank sinkt fiel fällt", "gewinnt | verliert", "bestätigte bestätigt bestätigten | bestritt bestreitet bestritten dementierte dementiert dementierten wies weist wiesen",
        "gestärkt stärkte stärkt | geschwächt schwächte schwächt", "erlaubt erlaubte | verboten verbot verbietet",
        "zugestimmt | abgelehnt", "überschuss | defizit", "erhöht erhöhte | gesenkt senkte",
        # Haltungen und Richtungen der Nachrichtensprache, getrennte Verben mit ihrer Partikel
        # geschrieben ("wies ... zurück" wird als "zurückwies" gelesen, verify/opposite_forms.py).
        "zurückwies zurückweist zurückwiesen zurückweisen zurückgewiesen ablehnte ablehnt ablehnten ablehnen | "
        "anschloss anschließt anschlossen anschließen angeschlossen zustimmte zustimmt zustimmten zustimmen unterstützte unterstützt unterstützten unterstützen",
        "erhöhen erhöhten anhob anhebt anheben angehoben | senken senkten kürzte kürzt kürzten kürzen gekürzt",
        "steigen stiegen gestiegen zunahm zunimmt zunahmen zunehmen zugenommen | sinken sanken gesunken abnahm abnimmt abnahmen abgenommen",
        "anstieg zunahme wachstum | rückgang abnahme", "gewinn gewinne | verlust verluste", "sieg siege | niederlage niederlagen",
        "mehrheit | minderheit", "stärker | schwächer", "höhere höheren | niedrigere niedrigeren geringere geringeren geringer",
        "öffnete öffnet öffneten öffnen | schloss schließt schlossen schließen",
        "begann beginnt begannen beginnen begonnen | beendete beendet beendeten beenden endete endet",
        "vorziehen vorzog vorgezogen | verschieben verschob verschoben verschiebt", "importe einfuhren | exporte ausfuhren",
        "optimistisch | pessimistisch",
        # Gegensätze der Bewertung und der Dauer, wie Behörden und Gerichte sie gebrauchen.
        "vorsätzlich vorsätzlichen vorsätzliche absichtlich absichtlichen | fahrlässig fahrlässigen fahrlässige versehentlich",
        "legal legale legalen | illegal illegale illegalen", "vorübergehend vorübergehende befristet befristete | dauerhaft dauerhafte unbefristet unbefristete",
        "freiwillig freiwillige | verpflichtend verpflichtende", "schwer schwere schweren | leicht leichte leichten",
        "zugenommen gewachsen verdoppelt | eingebrochen halbiert zurückgegangen",
        # Eigenschaften, in den Worten der Quelle umgedreht („jüngere Menschen" für „ältere").
        "alt alte alten alter altes älter ältere älteren | jung junge jungen junger jünger jüngere jüngeren",
        "besser bessere besseren | schlechter schlechtere schlechteren", "warm warme warmen wärmer | kalt kalte kalten kälter",
        "hoch hohe hohen höher höhere | niedrig niedrige niedrigen niedriger niedrigere",
    ),
    multiplying_words=words("mal multipliziert"),
    multipliers=(
        (2.0, "doppelt doppelte verdoppelt verdoppeln verdoppelte zweimal"),
        (3.0, "dreifach dreifache verdreifacht verdreifachen verdreifachte"),
        (4.0, "vierfach vervierfacht"),
        (0.5, "halbiert halbieren halbierte"),
    ),
    scale_words=(
        (1e3, "tausend tsd"), (1e6, "million millionen mio"), (1e9, "milliarde milliarden mrd"), (1e12, "billion billionen"),
    ),
    currency_words=(
        ("dollar", "dollar"), ("euro", "euro"), ("pound", "pfund"), ("yen", "yen"), ("yuan", "yuan"), ("franc", "franken"),
        ("rouble", "rubel"), ("krona", "kronen krone"),
    ),
    time_units=(
        (SECOND, "sekunde sekunden"), (MINUTE, "minute minuten"), (HOUR, "stunde stunden"), (DAY, "tag tage tagen"),
        (WEEK, "woche wochen"), (MONTH, "monat monate monaten"), (YEAR, "jahr jahre jahren"),
        (10 * YEAR, "jahrzehnt jahrzehnte jahrzehnten"), (100 * YEAR, "jahrhundert jahrhunderte jahrhunderten"),
        (1000 * YEAR, "jahrtausend jahrtausende jahrtausenden"),
    ),
    span_counts=(
        (1, "ein|eine|einen|einem|einer"),
        (0.5, "ein halbes|einem halben|ein halber|einen halben|eine halbe|einer halben|halbes|halben|halbe"),
        (1.5, "anderthalb|eineinhalb"),
    ),
    # Cut-off lines (verify/fragments.py). German sentences end on separable prefixes that look
    # like prepositions ("kommt an", "fährt mit", "tritt bei", "ist zu"), on articles and
    # possessives used as pronouns ("Genau das.", "Er ist einer.", "soll es sein.", "gehört ihr."),
    # and on particles ("aber", "denn"): only the contractions of a preposition and its article,
    # "des", the inflected possessives, prepositions that are no prefix, and conjunctions are listed.
    unfinished_ends=words(
        "des zum zur beim vom im am ins seinen seinem ihren ihrem unseren unserem "
        "für von seit trotz während in und oder dass weil ob obwohl sondern wenn als"
    ),
    complementisers=words("dass"),
    adversatives=words("aber sondern"),
    prepositions=words(
        "an auf aus bei mit nach vor zu über unter um gegen durch ab ohne bis hinter neben zwischen "
        "für von seit trotz während in im am zum zur beim vom ins ans aufs laut gemäß"
    ),
    relative_openers=words("der die das dem den deren dessen welche welcher welches welchem welchen"),
    coordinators=words("und oder sowie"),
    transfer_verbs=words(
        "geben gegeben gab gibt weitergeben weitergegeben weitergab weitergibt weiterreichen weitergereicht weiterreichte "
        "übergeben übergab verkaufen verkauft verkaufte liefern geliefert lieferte schicken geschickt schickte "
        "übermitteln übermittelt übermittelte übertragen übertrug überweisen überwiesen überwies vermieten vermietet verpachten verpachtet"
    ),
    counterpart_words=words("an"),
    target_words=words("gegen"),
    infinitive_openers=words("um"),
    final_infinitive_markers=words("zu"),
    verb_endings=("n", "t", "e", "d"),
    unended_verbs=words("muss soll will darf mag kann sei weiß tu"),
    clause_openers=words("aber sondern weil da obwohl wenn als nachdem bevor während damit sodass falls ob wo"),
    light_words=words("wieder noch schon bereits auch nie kommen kam kommt gehen ging geht bleiben blieb bleibt sehen sah nehmen nahm machen machte vorher zuvor früher später letzten letzte vergangenen vergangene nächsten nächste kürzlich"),
    separable_particles=words("ab an auf aus bei ein fest fort her hin los mit nach vor weg zu zurück zusammen"),
    parser_pipelines=("de_core_news_sm",),
)
