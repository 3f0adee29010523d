"""A name in another case than its source's is the same name (Turkish suffixes after an apostrophe,
Slavic, Finnish and Hungarian case endings); a name the article never gives is still caught."""

import pytest

from summarizer import verify

_ARTICLES = {
    "tr": "Cumhurbaşkanı Erdoğan dün Ankara'ya döndü. Erdoğan, Ankara'da bakanlarla bir toplantı yaptı.",
    "uk": "Мер Києва Віталій Кличко заявив, що місто відремонтує двадцять шкіл. Київ отримає гроші з бюджету.",
    "ru": "В Москве открылась новая станция метро. Мэр Москвы Сергей Собянин сказал, что станция обслужит сто тысяч пассажиров.",
    "pl": "Nowy most w Warszawie zostanie otwarty w maju. Prezydent Rafał Trzaskowski powiedział, że budowa kosztowała dwieście milionów złotych.",
    "cs": "V Praze se ve středu sešla vláda. Premiér Petr Fiala oznámil, že Praha dostane nové tramvaje.",
    "fi": "Helsingissä avattiin maanantaina uusi kirjasto. Pormestari Juhana Vartiainen sanoi, että kirjasto maksoi kolmekymmentä miljoonaa euroa.",
    "hu": "Budapesten hétfőn új hidat adtak át. Karácsony Gergely főpolgármester szerint a híd tízezer autót visz el naponta.",
    "el": "Ο πρωθυπουργός Μητσοτάκης επισκέφθηκε την Αθήνα τη Δευτέρα. Η κυβέρνηση ανακοίνωσε νέο πρόγραμμα για τα σχολεία.",
}


def _names(code: str, line: str) -> list[str]:
    result = verify(_ARTICLES[code], [line], language=code)
    return [p.message for line in result.lines for p in line.problems if p.kind == "name"]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("tr", "Dün yapılan toplantıda Erdoğan'ın bakanlarla Ankara'da görüştüğü bildirildi."),
        ("tr", "Dün Ankara'daki toplantıya Erdoğan katıldı."),
        ("uk", "Місто Київ відремонтує двадцять шкіл, заявив мер Кличко."),
        ("uk", "За словами Кличка, Київ отримає гроші з бюджету."),
        ("ru", "По словам Собянина, новая станция в Москве обслужит сто тысяч пассажиров."),
        ("pl", "W maju Warszawa otworzy nowy most."),
        ("pl", "Według Trzaskowskiego most kosztował dwieście milionów złotych."),
        ("cs", "Nové tramvaje pro Prahu oznámil premiér Fiala."),
        ("cs", "Podle premiéra Fialy dostane Praha nové tramvaje."),
        ("fi", "Maanantaina Helsinki avasi uuden kirjaston."),
        ("fi", "Pormestari Vartiaisen mukaan kirjasto maksoi kolmekymmentä miljoonaa euroa."),
        ("hu", "Hétfőn Budapest új hidat kapott."),
        ("el", "Η επίσκεψη του πρωθυπουργού Μητσοτάκη στην Αθήνα έγινε τη Δευτέρα."),
    ],
)
def test_literal_name_in_another_case_is_its_sources(code: str, line: str) -> None:
    assert _names(code, line) == []


@pytest.mark.parametrize(
    ("code", "line", "name"),
    [
        ("tr", "Dün Kılıçdaroğlu'nun toplantısı Ankara'da yapıldı.", "Kılıçdaroğlu'nun"),
        ("tr", "Dün Erdoğan İzmir'de bakanlarla bir toplantı yaptı.", "İzmir'de"),
        ("uk", "Мер Львова Віталій Кличко заявив, що місто відремонтує двадцять шкіл.", "Львова"),
        ("ru", "Новая станция метро открылась в Петербурге.", "Петербурге"),
        ("ru", "По словам Мишустина, станция обслужит сто тысяч пассажиров.", "Мишустина"),
        ("pl", "Nowy most w Krakowie zostanie otwarty w maju.", "Krakowie"),
        ("cs", "Ve středu se v Brně sešla vláda.", "Brně"),
        ("fi", "Maanantaina Tampereella avattiin uusi kirjasto.", "Tampereella"),
        ("hu", "Hétfőn Szegeden új hidat adtak át.", "Szegeden"),
        ("el", "Ο πρωθυπουργός επισκέφθηκε τη Θεσσαλονίκη τη Δευτέρα.", "Θεσσαλονίκη"),
    ],
)
def test_literal_name_the_article_never_gives_is_caught_in_any_case(code: str, line: str, name: str) -> None:
    assert any(name in message for message in _names(code, line))


def test_literal_apostrophe_keeps_a_name_whose_second_part_is_capitalised() -> None:
    # "O'Brien" is a name of its own, not "O" with a suffix: an article with "Brien" does not back it.
    result = verify("Le ministre Brien a parlé lundi à Paris.", ["Lundi, O'Brien a parlé à Paris."], language="fr")
    assert any("O'Brien" in p.message for line in result.lines for p in line.problems if p.kind == "name")


@pytest.mark.parametrize(
    ("code", "article", "line"),
    [
        # A headline's capitals, a three-letter stem, a plural people's name without an apostrophe.
        ("sl", "LJUBLJANA Mestna občina je odprla nov most.", "Nov most so odprli v Ljubljani."),
        ("uk", "Сьогодні Міра повернулася додому з лікарні.", "Лікарі відпустили Міру додому."),
        ("tr", "Bölgede yaşayan Evenler göç etti.", "Bölgede yaşayan Evenlerin göçü başladı."),
    ],
)
def test_literal_name_in_capitals_or_on_a_short_stem_is_its_sources(code: str, article: str, line: str) -> None:
    result = verify(article, [line], language=code)
    assert [p.message for line in result.lines for p in line.problems if p.kind == "name"] == []


def test_literal_a_common_word_does_not_back_a_name() -> None:
    # "nowa" (new) shares "Nowak"'s stem, but only a capitalised source word is a name. (A common
    # word that opens a source sentence is capitalised too: that one would back it.)
    result = verify("W poniedziałek otwarta została nowa szkoła.", ["W poniedziałek Nowak otworzył szkołę."], language="pl")
    assert any("Nowak" in p.message for line in result.lines for p in line.problems if p.kind == "name")


_MORE = {
    "sk": "Bratislava otvorila nový most. Primátor Matúš Vallo povedal, že most stál sto miliónov eur.",
    "hr": "Zagreb je otvorio novi most. Gradonačelnik Tomislav Tomašević rekao je da je most koštao sto milijuna eura.",
    "sr": "Београд је отворио нови мост. Градоначелник Александар Шапић рекао је да је мост коштао сто милиона евра.",
    "lt": "Vilnius atidarė naują tiltą. Meras Valdas Benkunskas sakė, kad tiltas kainavo šimtą milijonų eurų.",
    "lv": "Rīga atklāja jaunu tiltu. Mērs Vilnis Kirsis teica, ka tilts maksāja simt miljonus eiro.",
    "be": "Мінск адкрыў новы мост. Мэр Уладзімір Кухараў сказаў, што мост каштаваў сто мільёнаў рублёў.",
}


@pytest.mark.parametrize(
    ("code", "good", "wrong", "name"),
    [
        ("sk", "Nový most otvorili v Bratislave, povedal primátor Vallo.", "Nový most otvorili v Košiciach.", "Košiciach"),
        ("hr", "Novi most otvoren je u Zagrebu, rekao je Tomašević.", "Novi most otvoren je u Splitu.", "Splitu"),
        ("sr", "Нови мост отворен је у Београду, рекао је Шапић.", "Нови мост отворен је у Нишу.", "Нишу"),
        ("lt", "Naujas tiltas atidarytas Vilniuje.", "Naujas tiltas atidarytas Kaune.", "Kaune"),
        ("lv", "Jaunais tilts atklāts Rīgā.", "Jaunais tilts atklāts Liepājā.", "Liepājā"),
        ("be", "Новы мост адкрылі ў Мінску.", "Новы мост адкрылі ў Гродне.", "Гродне"),
    ],
)
def test_literal_inflected_names_in_more_languages(code: str, good: str, wrong: str, name: str) -> None:
    def names(line: str) -> list[str]:
        result = verify(_MORE[code], [line], language=code)
        return [p.message for line in result.lines for p in line.problems if p.kind == "name"]

    assert names(good) == []
    assert any(name in message for message in names(wrong))
