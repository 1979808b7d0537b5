"""Attribution rules on sentences written for these tests, parsed by the bundled models.

Each case: a text, and the quotes expected in it as (a fragment of the quote
text, kind, speaker name or None).  Speaker names compare with the
evaluation's rule (equal, or a whole-token suffix either way).
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import needs_models
from trees import conllu

from quoteattr.evaluation import same_speaker
from quoteattr.results import AttributedDocument

pytestmark = needs_models

CASES = [
    # cue after the quote, name and pronoun subjects
    ("cue-after", "„We gaan dit niet accepteren”, zegt Wilders.", [("We gaan dit", "direct", "Wilders")]),
    ("cue-after-pronoun",
     "Minister Hoekstra was na afloop van het overleg opvallend stil. „Er ligt nog veel werk”, zei hij.",
     [("Er ligt nog veel werk", "direct", "Hoekstra")]),
    ("aldus", "„De begroting moet eerst op orde komen”, aldus Kamerlid Pieter Omtzigt.",
     [("De begroting", "direct", "Pieter Omtzigt")]),
    # a noun for a person as the last main subject takes up "ze"/"hij" before an older name
    ("pronoun-after-person-noun", "Wethouder Karin Dekker wil de straat afsluiten. Een buurtbewoonster is blij. "
     "„Eindelijk gebeurt er iets”, zegt ze.", [("Eindelijk", "direct", "Een buurtbewoonster")]),
    ("pronoun-after-source-noun", "Kamerlid Joost Bakker stelde vragen. Een woordvoerder van het ministerie "
     "laat weten dat de regels niet veranderen. „We wachten het onderzoek af”, zegt hij.",
     [("We wachten", "direct", "een woordvoerder van het ministerie")]),
    # a portfolio's later words are no names; a name after a role's van-phrase is the speaker
    ("portfolio-with-en", "Minister Anna Visser van Justitie en Veiligheid wil meer camera's. Een buurtbewoonster "
     "is blij. „Eindelijk gebeurt er iets”, zegt ze.", [("Eindelijk", "direct", "Een buurtbewoonster")]),
    ("role-with-van-phrase", "Officier van justitie Marieke Hoogland eiste vier jaar cel. „Hij liegt”, zei ze.",
     [("Hij liegt", "direct", "Marieke Hoogland")]),
    # "schrijver" is said of women too: it gives the writer no gender that "ze" would contradict
    ("generic-role-no-gender", "Schrijver Noor Vermeulen werkte drie jaar aan haar roman. Ook zangeres Lies Maas "
     "kwam langs. „Ik schrijf elke ochtend”, zegt Vermeulen. „Dat album was mijn soundtrack”, zegt ze.",
     [("Ik schrijf", "direct", "Noor Vermeulen"), ("Dat album", "direct", "Noor Vermeulen")]),
    # a headline's role before a colon, with a place after it, goes to the holder the body names
    ("headline-role-with-place", "Braziliaanse president in Den Haag: „Europa moet ons niet de les lezen”\n\n"
     "De Braziliaanse president Ana Costa bezocht dinsdag Den Haag. „Vrienden mogen kritisch zijn”, zei Costa.",
     [("Europa moet", "direct", "Ana Costa"), ("Vrienden", "direct", "Ana Costa")]),
    # a former office in the next sentence describes the person just named (not the current holder)
    ("former-office-epithet", "GroenLinks-PvdA-leider Frans Timmermans sloot zich daarbij aan. De voormalige "
     "Eurocommissaris sprak van een „historische vergissing”. „Ik heb in Brussel gezien hoe het moet”, zei hij.",
     [("historische vergissing", "partial", "Frans Timmermans"), ("Ik heb", "direct", "Frans Timmermans")]),
    # a capitalised quote right after a preposition names a work
    ("title-after-preposition", "In ‘Wat de meeuwen weten’ keren drie zussen terug naar het eiland van hun jeugd.",
     [("Wat de meeuwen", "scare", None)]),
    # a name inside a quote is what was said, not who the party noun after it is
    ("party-noun-not-name-in-quote", "Minister Ruben Brekelmans (VVD) reageerde. \"Dilan is onze leider, punt\", "
     "zei de VVD'er.", [("Dilan is", "direct", "Ruben Brekelmans")]),
    # a former office takes up the person just named, not today's holder
    ("former-minister", "Oud-PvdA-leider Lodewijk Asscher was kritisch. De voormalige minister van Sociale Zaken "
     "noemde het rapport „een spiegel voor de politiek”.", [("een spiegel", "partial", "Lodewijk Asscher")]),
    # a headline's role-only speaker gives way to the named speaker the body quotes saying it
    ("headline-role-repeated", "Oud-topambtenaar bij enquête: ,,We wisten het, maar niemand deed iets''\n\n"
     "Gerard Koopmans was jarenlang de hoogste ambtenaar. ,,We wisten het, maar niemand deed iets,'' zei Koopmans.",
     [("We wisten", "direct", "Gerard Koopmans"), ("We wisten", "direct", "Gerard Koopmans")]),
    # an office of another country or region is not the Dutch holder's; "Nederlandse" keeps it Dutch
    ("office-elsewhere", "De ministers vergaderden in Brussel. \"Wij doen niet mee\", zei de Duitse "
     "minister van Financiën.", [("Wij doen", "direct", "de Duitse minister van Financiën")]),
    ("office-of-a-region", "\"Wij doen niet mee\", zei de Vlaamse minister-president.",
     [("Wij doen", "direct", "de Vlaamse minister-president")]),
    ("office-at-home", "\"Wij doen niet mee\", zei de Nederlandse minister-president.",
     [("Wij doen", "direct", "Mark Rutte")]),
    # a sports role takes up the player the sentence before is about, but a coach is no player
    ("captain-is-a-player", "Spits Luuk de Jong was blij met de zege. „Dit was ploegwerk”, zei de aanvoerder.",
     [("Dit was", "direct", "Luuk de Jong")]),
    # the one asked answers: "antwoordde hij" after "X vroeg Y" is Y, "zei hij" still X
    ("the-one-asked-answers", "PVV-leider Geert Wilders vroeg premier Dick Schoof naar het asielbeleid. „We liggen "
     "op schema”, antwoordde hij.", [("We liggen", "direct", "Dick Schoof")]),
    ("the-asker-says", "PVV-leider Geert Wilders vroeg premier Dick Schoof naar het asielbeleid. „U ligt achter "
     "op schema”, zei hij.", [("U ligt", "direct", "Geert Wilders")]),
    # a speech noun before a colon gives its owner, a name or a role; who receives an answer does not give it
    ("answer-of-before-colon", "Esther Ouwehand vroeg om een verbod. Het antwoord van minister Femke Wiersma: "
     "„Nee, dat gaat niet.”", [("Nee, dat", "direct", "Femke Wiersma")]),
    ("reaction-of-a-role-before-colon", "Esther Ouwehand vroeg om een verbod. De reactie van de minister van "
     "Landbouw: „Nee, dat gaat niet.”", [("Nee, dat", "direct", "Piet Adema")]),
    ("received-answer-before-colon", "Esther Ouwehand vroeg om een verbod. Ze kreeg een kort antwoord: „Nee, dat "
     "gaat niet.”", [("Nee, dat", "direct", None)]),
    # a name with a capital inside it is an organisation, which "het bedrijf" takes up
    ("camel-case-organisation", "ProRail laat weten dat de storing bij Utrecht is verholpen. \"We werken er hard "
     "aan\", zegt het bedrijf.", [("We werken", "direct", "ProRail")]),
    # a news medium after "zo meldt" relays a partial quote; the clause's own subject said it
    ("medium-relays-a-partial", "Oud-kanselier Olaf Scholz zat zwijgend in de zaal. Hij wenste zijn opvolger na "
     "afloop „veel succes en een gelukkige hand“, zo meldt het persbureau dpa.",
     [("veel succes", "partial", "Olaf Scholz")]),
    # a demonym of a Dutch region or city takes up the person the sentence before is about
    ("regional-demonym", "Schapenhouder Sjoerd Hoekstra ziet de wolf als bedreiging. De 58-jarige Fries verloor vorig "
     "jaar twaalf schapen. „Ik slaap slecht”, zegt hij.", [("Ik slaap", "direct", "Sjoerd Hoekstra")]),
    ("city-demonym", "Winkelier Jan Boersma opende de zaak in 1990. „Het was zwaar”, zegt de Leeuwarder.",
     [("Het was", "direct", "Jan Boersma")]),
    ("demonym-in-apposition", "Ook natuurfotograaf Wietse Kuipers, een 34-jarige Leeuwarder, volgde het debat. "
     "Tom Smit was er ook. „De wolf hoort hier thuis”, aldus de Leeuwarder.",
     [("De wolf", "direct", "Wietse Kuipers")]),
    # where the text says a person is from (a part of a city is the city) makes its demonym theirs
    ("origin-in-apposition", "Kamerlid Daan Verhoef, zelf opgegroeid in Rotterdam-Zuid, steunde het plan. Tom Smit "
     "was er ook. „Elke maand telt”, aldus de Rotterdammer.", [("Elke maand", "direct", "Daan Verhoef")]),
    ("origin-after-uit", "Boer Kees Mulder uit Groningen kwam kijken. Tom Smit was er ook. „Niemand luistert”, zegt "
     "de Groninger.", [("Niemand", "direct", "Kees Mulder")]),
    # a professor is a hoogleraar: the role noun takes up the name after "prof." (academic titles are no name)
    ("professor-is-a-hoogleraar", "Het rapport is van akoestica prof. dr. Anna de Vries. Wethouder Tom Smit las het "
     "ook. De hoogleraar waarschuwt dat de geluidsnorm „nauwelijks haalbaar” is.",
     [("nauwelijks haalbaar", "partial", "Anna de Vries")]),
    # a subject coordinated with another is the subject a pronoun takes up
    ("pronoun-takes-up-a-coordinated-subject", "Onderzoekster Eva Smit gaf uitleg. Statenlid Bart Overdijk en "
     "fractievoorzitter Sanne Kamphuis steunden het plan. „Wij willen die molens”, zei ze.",
     [("Wij willen", "direct", "Sanne Kamphuis")]),
    # the one person of the pronoun's gender in the sentence before, subject or not, is who it means
    ("pronoun-takes-up-the-one-person-of-its-gender-before", "Minister Eelco Heinen verdedigde de begroting. "
     "„Het klopt tot op de euro”, zei hij. Daarna was het woord aan Geert Wilders. Hij noemde de nota "
     "„een papieren tijger”.", [("Het klopt", "direct", "Eelco Heinen"), ("een papieren tijger", "partial",
                                                                          "Geert Wilders")]),
    # no one of the pronoun's gender in the sentence before: the subject of the one before that, in the paragraph
    ("pronoun-takes-up-the-paragraph-subject-two-sentences-back", "„Het gaat over een dorp”, zegt regisseur Tom "
     "Jansen.\n\nActeur Piet de Boer speelt de hoofdrol. De opnames duurden lang. „Ik kom uit het theater”, "
     "vertelt hij.", [("Het gaat", "direct", "Tom Jansen"), ("Ik kom", "direct", "Piet de Boer")]),
    # a country the parser made a subject is no one a pronoun takes up
    ("pronoun-skips-a-country", "Minister Carolien Hendrikx schrijft in een brief dat de norm te hoog is. Zonder "
     "extra geld kan Nederland zijn toezeggingen niet nakomen, stelt de minister. In het debat was ze nog "
     "stelliger. „Veiligheid is geen boekhoudpost.”", [("Veiligheid", "direct", "Carolien Hendrikx")]),
    # of two coordinated subjects, the one of the pronoun's gender
    ("pronoun-picks-the-subject-of-its-gender", "Ploegleider Sanne Claessens en renner Luuk Smeets stonden samen "
     "voor de camera's. „Ik ben te vroeg aangegaan”, zei hij.", [("Ik ben", "direct", "Luuk Smeets")]),
    # an age is no office: a sports role noun still takes up the person last named by their age
    ("age-is-no-office", "Jonas Verhaegen won de koers. Na de finish zakte Verhaegen neer. „Dit is voor mijn opa”, "
     "zei de 27-jarige.\n\n„Op de Keutenberg had ik het zwaar”, vertelde de renner later.",
     [("Dit is", "direct", "Jonas Verhaegen"), ("Op de Keutenberg", "direct", "Jonas Verhaegen")]),
    # a headline's topic before a colon is no speaker, nor is a place in it
    ("headline-topic-before-a-colon", "Fusie ziekenhuizen Gorinchem en Dordrecht zet kwaad bloed: „Wij worden "
     "vergeten”\n\nDe gemeente is boos over de plannen.", [("Wij worden", "direct", None)]),
    # a place adjective before the role gives the origin; the demonym (Belgian too) takes it up
    ("place-adjective-before-a-role", "Het Antwerpse Kamerlid Lotte Janssens steunt het plan niet. Minister Bart "
     "Peeters was er ook. „Dit raakt de haven”, zegt de Antwerpenaar.", [("Dit raakt", "direct", "Lotte Janssens")]),
    ("female-place-noun", "De Groningse gedeputeerde Anja Zwart was teleurgesteld. Minister Tom Smit kwam later. "
     "„We wachten al jaren”, zei de Groningse.", [("We wachten", "direct", "Anja Zwart")]),
    # a sentence quoted whole may open with an elided article: "’s Winters …" is no fragment
    ("elided-article-opens-a-sentence", "Huisarts Henk Visser herkent dat. „’s Winters zie je het vaakst. Mensen "
     "wachten te lang”, zegt hij.", [("’s Winters", "direct", "Henk Visser")]),
    # an organisation noun opening the sentence says what the name after it is; "X Nederland" is one name
    ("organisation-noun-opens-the-sentence", "Energiebedrijf Vattenfall begrijpt de keuze van het kabinet. Het "
     "energiebedrijf pleit voor „een stabiele koers”.", [("een stabiele", "partial", "Vattenfall")]),
    # two positions are two players, before and after the quote
    ("position-is-its-player", "Middenvelder Bram Kok scoorde twee keer. Doelman Tom Vos baalde van de tegengoal. "
     "’Ik ben blij met de punten’, zei de middenvelder.", [("Ik ben blij", "direct", "Bram Kok")]),
    ("position-not-named-later", "’Ik ben blij met de punten’, zei de middenvelder. Doelman Tom Vos baalde van de "
     "tegengoal.", [("Ik ben blij", "direct", "de middenvelder")]),
    # a lawyer is also "de raadsman"; a feature names its subject by her profession
    ("raadsman-is-the-lawyer", "Advocaat Youssef el Amrani gaat in hoger beroep. „Mijn cliënt is onschuldig”, aldus "
     "de raadsman.", [("Mijn cliënt", "direct", "Youssef el Amrani")]),
    # a group opening a new paragraph speaks its quote, not the speaker of the paragraph before
    ("group-opens-the-paragraph", "Kamerlid Jan de Vries was boos. „Dit kan zo niet”, zei hij.\n\nDe universiteiten "
     "trekken aan de bel. „De gevolgen zijn nu al zichtbaar.”",
     [("Dit kan", "direct", "Jan de Vries"), ("De gevolgen", "direct", "De universiteiten")]),
    # a member of one of the two parties of GroenLinks-PvdA is a GroenLinks-PvdA'er
    ("joint-party-member", "Europarlementariër Bas Eickhout (GroenLinks) is niet overtuigd. De GroenLinks-PvdA'er "
     "spreekt van „een gemiste kans”.", [("een gemiste kans", "partial", "Bas Eickhout")]),
    ("mep-noun", "Bas Eickhout is niet overtuigd door het akkoord. „Dit is een gemiste kans”, zegt de "
     "Europarlementariër.", [("Dit is", "direct", "Bas Eickhout")]),
    # after the verb of an inverted clause the name right after it is the subject, not the one named after it
    ("inverted-naming-verb", "In een video op Instagram noemde Verhoef gedeputeerde Hanneke Bosman ’een "
     "wolvenknuffelaar’.", [("een wolvenknuffelaar", "partial", "Verhoef")]),
    # the chamber's ordinal belongs to the role before the name
    ("chamber-ordinal-role", "Tweede Kamervoorzitter Martin Bosma zei: \"De vergadering is gesloten.\"",
     [("De vergadering", "direct", "Martin Bosma")]),
    # "Volgens haar" as the last main subject carries the pronoun chain on
    ("volgens-pronoun-chain", "Kamerlid Anne-Marijke Podt reageerde fel. „Dit is slecht”, zei ze. Kamerlid Mirjam "
     "Bikker sloot zich daarbij aan. Volgens haar worden gemeenten vergeten. „Burgemeesters weten het niet meer”, "
     "zei ze.", [("Dit is slecht", "direct", "Anne-Marijke Podt"), ("Burgemeesters", "direct", "Mirjam Bikker")]),
    # "in Den Haag" after a name is a place: no part of the name, and no one a pronoun takes up
    ("name-in-place", "Deze krant sprak minister Mona Keijzer in Den Haag. „Het kan sneller”, zegt ze.",
     [("Het kan", "direct", "Mona Keijzer")]),
    # "Commissaris van de Koning X": the role is the commissioner's, and the name is the speaker
    ("commissioner-of-the-king", "Commissaris van de Koning John Berends was boos over de onrust. „Dit kan niet”, zei "
     "hij.", [("Dit kan", "direct", "John Berends")]),
    # a volgens source before a colon introduces the quote after it
    ("volgens-before-colon", "Volgens VVD'er Peter de Groot gaat het voorstel te ver: \"Handhaaf eerst de bestaande "
     "regels.\"", [("Handhaaf", "direct", "Peter de Groot")]),
    # a term after "zogeheten" is a scare quote; a quote inside a quote is not its speaker's
    ("term-after-zogeheten", "Minister Piet Smit wil huurders helpen met een zogeheten ‘huurkorting op maat’.",
     [("huurkorting", "scare", None)]),
    ("quote-in-quote", "Directeur Anne Hendriksen is duidelijk: „Mensen moeten beseffen dat je ‘bewust met energie "
     "moet omgaan’ als je wilt besparen.”", [("Mensen moeten", "direct", "Anne Hendriksen"),
                                           ("bewust met", "partial", None)]),
    # the first name says "hij": "ze" is the daughter, not the father quoted nowhere yet
    ("forename-gender", "Kees van Dam gaf zijn dochter Lieke een nier. Lieke was zeventien toen haar nieren uitvielen. "
     "„Je leven draait om het ziekenhuis”, vertelt ze.", [("Je leven", "direct", "Lieke")]),
    # a surname the tagger made a verb where it opens the sentence; a verbless question is no distance
    ("surname-tagged-verb", "Uitgever Mirjam Langeveld is blij. „Zo’n voorverkoop zien we zelden”, zegt ze over "
     "Vermeulen.\n\nVermeulen is inmiddels alweer met iets nieuws bezig. Waarover? „Dat zeg ik lekker niet”, "
     "lacht ze.", [("Zo’n", "direct", "Mirjam Langeveld"), ("Dat zeg", "direct", "Vermeulen")]),
    # a role noun tagged a participle before a name; the quote after goes to the main clause's subject
    ("role-participle-before-name", "De verdachte Jansen hield het kort toen de rechter hem het laatste woord gaf. "
     "\"Het spijt me.\"", [("Het spijt", "direct", "Jansen")]),
    # a quoted fragment in a relative clause under an opinion verb is the volgens source's
    ("partial-in-relative-clause", "Volgens Hendriks rekent het kabinet met een economische groei die ,,aan de "
     "optimistische kant'' is.", [("aan de optimistische", "partial", "Hendriks")]),
    # a quote over paragraphs, with its cue after the last part, is that speaker's throughout
    ("multi-paragraph-cue-at-end", "„Ik heb spijt”, zei Jan Smit.\n\nZijn zus Anna Smit las een brief voor.\n\n"
     "„Hij was lief.\n\n„We missen hem”, zei ze.",
     [("Ik heb", "direct", "Jan Smit"), ("Hij was", "direct", "Anna Smit"), ("We missen", "direct", "Anna Smit")]),
    # "ze" after a sentence whose subject is "zij" means whom that one does, not the woman named last
    ("pronoun-chain", "Lotte Veenstra won de rit. Zij reed solo naar de finish, met bijna een minuut voorsprong op "
     "Femke de Ruiter. ‘Ik voelde in de wind dat het kon’, zei ze.", [("Ik voelde", "direct", "Lotte Veenstra")]),
    # a translation after "volgens" is no source; "heet" introduces a title
    ("volgens-translation", "„We laten ons niet chanteren”, zei Kapanadze volgens een vertaling van persbureau "
     "Interpressnews.", [("We laten", "direct", "Kapanadze")]),
    ("title-after-heet", "De ouders zijn enthousiast. De campagne heet ‘Prik en bescherm’.",
     [("Prik en", "scare", None)]),
    # a description with an article before a full name; a role before "First van Surname"
    ("described-name", "Naast hem stond een zichtbaar geëmotioneerde Sigrid Kaag. „Ik ben trots op hem”, zei zij.",
     [("Ik ben trots", "direct", "Sigrid Kaag")]),
    ("role-name-with-van", "Minister Marjolein Faber is hard aangepakt. Kamerlid Nicolien van Dijk was kritisch. "
     "„Het is slecht”, zei ze.", [("Het is slecht", "direct", "Nicolien van Dijk")]),
    # a common noun before a name is its title: no part of the name, and "de <title>" later is that person
    ("title-before-name", "Buurman Wim de Jong is boos. „Het is een schande”, zegt hij.",
     [("Het is een schande", "direct", "Wim de Jong")]),
    ("title-taken-up", "Ook bakker Kees Mulder is voorstander. De bakkers in de stad zijn tegen. „Zo simpel is het”, "
     "aldus de bakker.", [("Zo simpel", "direct", "Kees Mulder")]),
    # a headline's colon speaker gives way to the one the body quotes saying the same words
    ("headline-colon-body-cue", "Faber onder vuur om geweigerde lintjes: ,,Dit is kleinzielig''\n\nMinister Marjolein "
     "Faber weigert lintjes voor vrijwilligers. GroenLinks-PvdA-leider Frans Timmermans reageerde fel. ,,Dit is "
     "kleinzielig en beschamend,'' zei Timmermans.",
     [("Dit is kleinzielig", "direct", "Frans Timmermans"), ("Dit is kleinzielig", "direct", "Frans Timmermans")]),
    # a quote-only sentence after "…, aldus X." continues X, not the person the sentence was about
    ("continuation-after-aldus", "Het was Omtzigt die de twee kampen bij elkaar hield, aldus een oud-medewerker. "
     "„Zonder hem valt de partij uit elkaar.”", [("Zonder hem", "direct", "een oud-medewerker")]),
    # a member of a body is nobody in particular: no knowledge-base holder for "de senator"
    ("membership-role", "VVD-fractievoorzitter Edith Schippers verdedigde het plan. „Dit moet”, zei de senator.",
     [("Dit moet", "direct", "de senator")]),
    # titles: named by a title noun after the quote, or capitalised word by word
    ("title-with-apposition", "Het Dordrechts Museum opent zaterdag ‘Het licht van Paramaribo’, de eerste grote "
     "overzichtstentoonstelling van de schilder.", [("Het licht", "scare", None)]),
    ("title-case-title", "Het tekort loopt op, schrijft de centrale bank in haar halfjaarlijkse ‘Economische "
     "Ontwikkelingen en Vooruitzichten’.", [("Economische", "scare", None)]),
    # colon introductions
    ("colon-source-noun-tagged-verb", "Een betrokkene: „Iedereen weet dat die noodwet het niet gaat halen.”",
     [("Iedereen weet", "direct", "Een betrokkene")]),
    ("colon-cue", "Yeşilgöz zegt tegen verslaggevers: „Dit is een historische dag voor Nederland.”",
     [("Dit is een historische dag", "direct", "Yeşilgöz")]),
    ("colon-bare", "Omtzigt is kritisch: „Het kabinet heeft de Kamer niet goed geïnformeerd.”",
     [("Het kabinet heeft", "direct", "Omtzigt")]),
    # a "voor" phrase before a predicate names who judges, not the matter judged
    ("colon-judged-for", "Voor wethouder Karin Bosman is de zaak helder: „Wij gaan niet in hoger beroep.”",
     [("Wij gaan niet", "direct", "Karin Bosman")]),
    ("colon-judged-for-organisation", "Voor de gemeente is het plan te duur: „We hebben het geld niet.”",
     [("We hebben het geld", "direct", "de gemeente")]),
    ("headline", "Omtzigt (NSC): ,,We moeten nu doorpakken met de hersteloperatie.''",
     [("We moeten nu", "direct", "Omtzigt")]),
    ("short-headline", "Van der Plas: ‘Boeren verdienen zekerheid’\n\nDe BBB wil een nieuw landbouwakkoord.",
     [("Boeren verdienen zekerheid", "direct", "Van der Plas")]),
    # a demonym: "de Argentijn" is the person the text called Argentine, "de Rus" nobody named
    ("demonym",
     "De Argentijn Diego Ramos versloeg zaterdag de als derde geplaatste Pavel Orlov. „Dit had ik niet verwacht”, "
     "zei de Argentijn na afloop. „Ik had een slechte dag”, zei de Rus.",
     [("Dit had ik niet verwacht", "direct", "Diego Ramos"), ("Ik had een slechte dag", "direct", "de Rus")]),
    # a headline that the article quotes again later with its cue; the person named most is somebody else
    ("headline-repeated",
     "„Dit kabinet laat de boeren in de steek”\n\nMinister Femke Wiersma presenteerde woensdag haar stikstofplan. "
     "Wiersma sprak van een evenwichtig plan. Volgens Wiersma krijgen boeren tien jaar de tijd. BBB-leider Caroline "
     "van der Plas is minder te spreken. „Dit kabinet laat de boeren in de steek, en dat vergeet ik niet”, zei Van "
     "der Plas in de Kamer.",
     [("Dit kabinet laat de boeren in de steek", "direct", "Caroline van der Plas"),
      ("en dat vergeet ik niet", "direct", "Caroline van der Plas")]),
    # a headline the colon gives to a group goes to the person the body quotes saying it
    ("headline-colon-group",
     "Boeren boos: ’We worden weer vergeten’\n\nIn Zwolle demonstreerden dinsdag honderden boeren. "
     "’We worden weer vergeten’, zei LTO-voorzitter Ellen Smits tegen verslaggevers.",
     [("We worden weer vergeten", "direct", "Ellen Smits"), ("We worden weer vergeten", "direct", "Ellen Smits")]),
    # a dateline is no speaker, and "hij" is the subject after it
    ("dateline",
     "DEN HAAG, 3 juni. Kamerlid Joris Bosma heeft gisteren gepleit voor een strengere aanpak. "
     "„Het is nu genoeg geweest”, zei hij.",
     [("Het is nu genoeg geweest", "direct", "Joris Bosma")]),
    # "zeggen ze": a plural verb makes "ze" they, the group just described, not a person or place
    ("ze-plural",
     "Tientallen vissers voeren woensdag met hun kotters naar Den Helder. De vissers zijn boos over het nieuwe "
     "quotum. „Zo kunnen we niet verder”, zeggen ze.",
     [("Zo kunnen we niet verder", "direct", "De vissers")]),
    ("ze-singular-after-group",
     "De vissers zijn boos. Burgemeester Anna Kramer begrijpt dat. „Ik ga met ze praten”, zegt ze.",
     [("Ik ga met ze praten", "direct", "Anna Kramer")]),
    # a speech noun with an owner: the owner speaks
    ("speech-noun-possessive",
     "De Kamer stemde tegen het plan van minister Joost Verhoef. Verhoefs reactie kwam een uur later: "
     "„Ik respecteer de uitslag.”",
     [("Ik respecteer de uitslag", "direct", "Joost Verhoef")]),
    ("speech-noun-van-role",
     "De reactie van minister Anna Smit liet niet lang op zich wachten: „Onzin.”",
     [("Onzin.", "direct", "Anna Smit")]),
    ("speech-noun-van",
     "Het antwoord van Kamerlid Sanne Vos was kort: „Daar ga ik niet over.”",
     [("Daar ga ik niet over", "direct", "Sanne Vos")]),
    # separable cue verbs: an unknown form with its particle, and a particle inside the quote that is not the cue's
    ("particle-unknown-form",
     "„Het geld is er gewoon”, zei Kamerlid Tom van Dijk. „De regels zijn streng, maar eerlijk”, lichtte "
     "staatssecretaris Eva Meijer toe.",
     [("Het geld is er gewoon", "direct", "Tom van Dijk"), ("De regels zijn streng", "direct", "Eva Meijer")]),
    ("particle-inside-quote",
     "„Het plan is klaar”, zei minister Jan de Boer. „Wij komen er nog niet uit”, gaf wethouder Lisa Smit na "
     "afloop toe.",
     [("Het plan is klaar", "direct", "Jan de Boer"), ("Wij komen er nog niet uit", "direct", "Lisa Smit")]),
    # a quoted fragment under a cue verb inside someone's reported clause is that someone's
    ("outer-cue",
     "Raadslid Eva Bos vindt dat de wethouder ’te snel’ heeft besloten over de nieuwe parkeertarieven.",
     [("te snel", "partial", "Eva Bos")]),
    # a quoted fragment inside indirect speech is the source's words, not a scare quote
    ("fragment-in-volgens",
     "Minister Sanne Bakker liet dinsdagavond weten dat ze met de provincies om tafel gaat. Volgens haar is er "
     "„ruimte voor overleg”, maar de datum zelf staat vast.",
     [("ruimte voor overleg", "partial", "Sanne Bakker")]),
    ("term-in-aldus",
     "Bij de grens stond het ’vrachtverkeer’ urenlang stil, aldus een woordvoerder van de politie.",
     [("vrachtverkeer", "scare", None)]),
    ("age-before-name",
     "Tennisster Megan Hall staat in de kwartfinale. De 24-jarige Hall kent een sterk seizoen.\n\n"
     "„Ik speel vrijer dan vorig jaar. Dat merk ik aan alles.”",
     [("Ik speel vrijer", "direct", "Megan Hall")]),
    # the comma, question mark or exclamation mark inside the closing mark joins the quote to its cue
    ("comma-inside", '"Ik neem mijn verantwoordelijkheid," zei wethouder Lauwers in de raad.',
     [("Ik neem mijn verantwoordelijkheid", "direct", "Lauwers")]),
    ("question-inside", "„Waarom moet dit zo snel?” vroeg Kamerlid Bikker aan de minister.",
     [("Waarom moet dit zo snel", "direct", "Bikker")]),
    ("colon-after-a-short-word", 'Jetten reageerde op X: "Eén team? Ze zijn het over niets eens."',
     [("Eén team?", "direct", "Jetten")]),
    # a quote split by its cue, and a quote-only sentence after it
    ("split", "„We zijn er nog niet”, zegt Klaver. „Maar de richting is goed.”",
     [("We zijn er nog niet", "direct", "Klaver"), ("Maar de richting", "direct", "Klaver")]),
    # two people taking turns
    ("turns", "„Dit plan is onbetaalbaar”, zegt Wilders. „Het is juist hard nodig”, reageert Timmermans.",
     [("Dit plan", "direct", "Wilders"), ("Het is juist", "direct", "Timmermans")]),
    # a role noun taking up a person introduced earlier
    ("role-noun",
     "Staatssecretaris Van der Burg bezocht donderdag het aanmeldcentrum in Ter Apel. "
     "De bewindsman zegt: „De situatie hier is onhoudbaar.”",
     [("De situatie hier", "direct", "Van der Burg")]),
    # a quote pointing back: Dat zegt X
    ("points-back", "„De wachtlijsten in de zorg moeten korter.” Dat zegt minister Kuipers.",
     [("De wachtlijsten", "direct", "Kuipers")]),
    # a paragraph that continues the quote of the previous one
    ("paragraph",
     "Kaag zei na het debat: „We hebben hard onderhandeld.\n\n„Het resultaat mag er zijn.”",
     [("We hebben hard", "direct", "Kaag"), ("Het resultaat", "direct", "Kaag")]),
    # the subject of the sentence before, named inside a role compound, takes up "hij"
    ("pronoun-after-new-subject",
     "„Dit kabinet laat de burger betalen”, zei Timmermans. Ook GroenLinks-Kamerlid Jesse Klaver was kritisch. "
     "Hij noemde het akkoord „een gemiste kans voor het klimaat”.",
     [("Dit kabinet", "direct", "Timmermans"), ("een gemiste kans", "partial", "Jesse Klaver")]),
    # a role noun the text never gave the person, known from the knowledge base at the date
    ("role-from-kb",
     "De VVD’er Silvio Erkens vindt het plan te duur. „Anders zetten we de verkeerde stap”, stelt het Kamerlid.",
     [("Anders zetten we", "direct", "Silvio Erkens")]),
    # an unnamed spokesperson after the cue, with whose spokesperson it is; a short quote is still a clause
    ("inverted-source", "„Het is nu aan de Kamer”, zegt een woordvoerder van het ministerie.",
     [("Het is nu aan de Kamer", "direct", "een woordvoerder van het ministerie")]),
    ("short-direct", "„We wachten af”, aldus een woordvoerster van de gemeente Utrecht.",
     [("We wachten af", "direct", "een woordvoerster van de gemeente Utrecht")]),
    # a quote split by its cue whose second part is lower-case and ends the sentence
    ("split-lowercase",
     "„Ik ben bereid om terug te komen”, zei Trimble gisteren, „maar alleen als de wapens worden ingeleverd.” "
     "Volgens de regering is dat onhaalbaar.",
     [("Ik ben bereid", "direct", "Trimble"), ("maar alleen als", "direct", "Trimble")]),
    # a quote after a volgens sentence; "de woordvoerster" takes up the unnamed one introduced before
    ("volgens-continuation",
     "Een woordvoerster van het ministerie van Justitie bevestigde zaterdag het bericht. Volgens de woordvoerster "
     "is het apparaat een nieuwe versie van de oude leugendetector. „Het meet ook de hartslag van een verdachte.”",
     [("Het meet ook", "direct", "een woordvoerster van het ministerie van Justitie")]),
    # a quote opening the article, its speaker the subject of the next sentence
    ("next-subject",
     "„Dit had niemand zien aankomen.” Burgemeester Femke Halsema stond zichtbaar aangeslagen voor het stadhuis.\n\n"
     "Premier Rutte belde direct met de burgemeester. Rutte sprak later van een zwarte dag voor de stad.",
     [("Dit had niemand", "direct", "Femke Halsema")]),
    # a quote-only paragraph whose speaker the next paragraph names
    ("met-die-woorden",
     "De onderhandelingen liepen opnieuw vast.\n\n„We zijn nog niet zo ver als we hadden gehoopt.”\n\n"
     "Met die woorden verliet informateur Kim Putters dinsdagavond het Catshuis.",
     [("We zijn nog niet", "direct", "Kim Putters")]),
    # a new main-clause subject takes up "hij", even when someone else spoke more often before
    ("pronoun-main-subject",
     "„Ik stop ermee”, zei Jesse Klaver. „Het is tijd voor iemand anders.” Klaver zei dat hij trots terugkijkt.\n\n"
     "Premier Schoof sprak zijn waardering uit. „Het is een begrijpelijk besluit”, zei hij.",
     [("Ik stop ermee", "direct", "Jesse Klaver"), ("Het is tijd", "direct", "Jesse Klaver"),
      ("Het is een begrijpelijk besluit", "direct", "Schoof")]),
    # "de nieuwe partijleider" is the successor just named, not the leader the text said was leaving
    ("new-in-office",
     "Pieter Omtzigt stopt als leider van NSC. Zijn opvolger wordt Nicolien van Vroonhoven. "
     "De nieuwe partijleider noemde het vertrek „een groot verlies”.",
     [("een groot verlies", "partial", "Nicolien van Vroonhoven")]),
    # "de VVD’er" takes up the VVD politician named before (the party from the knowledge base at the date)
    ("party-member",
     "Minister Mark Harbers van Infrastructuur wil meer geld voor de spoorwegen. De VVD’er wijst op de groeiende "
     "drukte in de treinen. „We kunnen niet langer wachten.”",
     [("We kunnen niet langer wachten", "direct", "Mark Harbers")]),
    ("oppositieleider", "Oppositieleider Timmermans hield het kort: „Veel respect voor deze beslissing.”",
     [("Veel respect", "direct", "Timmermans")]),
    ("klinkt-het-bij", "„Onze leden zijn het wachten zat”, klinkt het bij de FNV.",
     [("Onze leden", "direct", "de FNV")]),
    # the source's phrase hung from another phrase
    ("klonk-het-after-a-phrase", "Minister Jan Peeters (N-VA) verdedigde het plan. „We blijven praten”, klonk het aan "
     "het eind van het debat bij de N-VA'er.", [("We blijven praten", "direct", "Jan Peeters")]),
    ("klonk-het", "„Dit kan zo niet langer”, klonk het.", [("Dit kan zo niet langer", "direct", None)]),
    ("descriptor-compound", "„We leggen het werk neer”, zegt FNV-bestuurder Henri Janssen.",
     [("We leggen het werk neer", "direct", "Henri Janssen")]),
    ("profession-before-name", "Longarts Wanda de Kanter noemt de hogere accijns „een goede eerste stap”.",
     [("een goede eerste stap", "partial", "Wanda de Kanter")]),
    ("closed-compound-role", "Boerenleider Mark van den Oever dreigde met nieuwe acties: ‘Dit is pas het begin.’",
     [("Dit is pas het begin", "direct", "Mark van den Oever")]),
    # hearsay: "zou" reports an unnamed source, unless a cue verb says whose words they are
    ("reportative", "De wethouder zou de subsidie ’zonder enig overleg’ hebben stopgezet.",
     [("zonder enig overleg", "partial", None)]),
    ("reportative-with-cue", "Premier Schoof zou het voorstel ’volstrekt onhaalbaar’ hebben genoemd.",
     [("volstrekt onhaalbaar", "partial", "Schoof")]),
    # a scare quote has no speaker
    ("scare", "Het zogenoemde ’asielakkoord’ ligt al maanden stil.", [("asielakkoord", "scare", None)]),
    ("scare-name", "In Den Haag heette de coalitie al snel ’het ruziekabinet’.", [("ruziekabinet", "scare", None)]),
    # the victim in a court report speaks as the victim, not as the lawyer quoted before
    ("victim-speaks", "Advocaat Peter de Laat vroeg om vrijspraak. „Er is geen bewijs”, zei hij.\n\nHet slachtoffer, "
     "een 27-jarige vrouw, las een verklaring voor. „Ik durf niet meer alleen over straat.”",
     [("Er is geen bewijs", "direct", "Peter de Laat"), ("Ik durf", "direct", "Het slachtoffer")]),
    # "het hebben over ‘…’": speaking of something in those words
    ("het-over", "Het Vlaams Belang-Kamerlid Ann Peeters had het over 'een regelrechte roof'.",
     [("een regelrechte roof", "partial", "Ann Peeters")]),
    # a nickname in capitals that someone is called
    ("scare-nickname", "De spits, die door de supporters ’Mister Derby’ wordt genoemd, scoorde opnieuw.",
     [("Mister Derby", "scare", None)]),
    # lower-case words called something stay what someone said
    ("partial-after-noemen", "Minister Jansen noemt het plan ’een stap vooruit’.",
     [("een stap vooruit", "partial", "Jansen")]),
    ("scare-known-as", "De actrice staat bekend als ‘de stille van Vlissingen’.", [("de stille", "scare", None)]),
    ("scare-titled", "Ze schreef een roman getiteld ‘Het zwijgen van de polder’.", [("Het zwijgen", "scare", None)]),
    # a relative "die" says who: the person before it
    ("partial-in-relative-clause", "„Brussel heeft geluisterd”, aldus Kamerlid Sander Vos, die de stemming ’een "
     "eerste overwinning’ noemt.", [("Brussel heeft", "direct", "Sander Vos"),
                                      ("een eerste overwinning", "partial", "Sander Vos")]),
    # a quote nobody is named for
    ("unattributed", "„Niemand weet hoe dit afloopt.”", [("Niemand weet", "direct", None)]),
]

INDIRECT = [
    ("volgens", "Volgens ingewijden is de coalitie het nog altijd niet eens over de begroting.",
     "is de coalitie het nog altijd niet eens over de begroting", "ingewijden"),
    ("dat", "Een woordvoerder van het ministerie laat weten dat de maatregel per 1 januari ingaat.",
     "de maatregel per 1 januari ingaat", "een woordvoerder van het ministerie"),
    ("waarschuwt", "Toch waarschuwt een Haagse bron dat een akkoord nog ver weg is.",
     "een akkoord nog ver weg is", "een Haagse bron"),
    ("aldus", "De gesprekken worden maandag voortgezet, aldus een woordvoerder van de premier.",
     "De gesprekken worden maandag voortgezet", "een woordvoerder van de premier"),
    ("points-back", "De wachtlijsten in de zorg worden de komende jaren korter. "
     "Dat schrijft minister Kuipers in een brief aan de Kamer.",
     "De wachtlijsten in de zorg worden de komende jaren korter", "Kuipers"),
    # a possessive opens the clause's subject, whatever the parser made of the quoted verb after it
    ("dat-possessive-quoted-verb", "Jesse Klaver zei dat zijn partij ,,klaarstaat'' voor gesprekken.",
     "zijn partij ,,klaarstaat'' voor gesprekken", "Jesse Klaver"),
    # a question word is part of what is asked
    ("wil-weten-waarom", "Wethouder Anouk Peters wil weten waarom de aannemer de brug te laat oplevert.",
     "waarom de aannemer de brug te laat oplevert", "Anouk Peters"),
    ("vraagt-zich-af-hoe", "Kamerlid Henk Nijboer vraagt zich af hoe het kabinet de gaswinning wil afbouwen.",
     "hoe het kabinet de gaswinning wil afbouwen", "Henk Nijboer"),
    # a question, however the parser reads "of"; and a surname that ends in a role noun (boer)
    ("wil-weten-of", "Kamerlid Henk Nijboer wil weten of het kabinet de kleine gasvelden openhoudt.",
     "het kabinet de kleine gasvelden openhoudt", "Henk Nijboer"),
    ("vraagt-of", "Kamerlid Henk Nijboer vraagt of het kabinet de kleine gasvelden openhoudt.",
     "het kabinet de kleine gasvelden openhoudt", "Henk Nijboer"),
]

INDIRECT += [
    ("reportative-zou", "Minister Harbers zou hebben gezegd dat het spoor voorrang krijgt.",
     "het spoor voorrang krijgt", "Harbers"),
    # a noun of quantity keeps its bare noun in the speaker's van-phrase
    ("aantal-brugklassers", "Ouders van een aantal brugklassers klaagden dat zij hun kinderen overdag niet meer "
     "kunnen bereiken.", "zij hun kinderen overdag niet meer kunnen bereiken", "Ouders van een aantal brugklassers"),
    # "wil … weten of" with a phrase between the modal and the cue
    ("wil-van-weten-of", "Kamerlid Habtamu de Hoop wil van de minister weten of er een overgangsregeling komt.",
     "er een overgangsregeling komt", "Habtamu de Hoop"),
    # "laat weten … te" with "weten" parsed apart from "laat"
    ("laat-weten-te", "FNV-voorzitter Tuur Elzinga laat weten tevreden te zijn over de opkomst.",
     "tevreden te zijn over de opkomst", "Tuur Elzinga"),
    # one noun besides a quoted fragment is a report of its own (but not "er" or a pronoun: see FORMAT.md rule 4)
    ("noun-and-fragment", "Veldkamp zegt dat sancties “niet zijn uitgesloten”.", "sancties “niet zijn uitgesloten”",
     "Veldkamp"),
    # "volgens haar" read as owning the noun after it: the clause is still the whole sentence
    ("volgens-haar-possessive", "Officier van justitie Miriam Lodewijks eiste twaalf jaar cel. Dat wijst volgens haar "
     "op voorbedachte rade.", "Dat wijst volgens haar op voorbedachte rade", "Miriam Lodewijks"),
    # the subject of a coordinated cue is the first verb's, not the reported clause's run into it
    ("elided-subject", "Statenlid Noor Aydin was tevreden. Zij noemde het besluit een stap vooruit, maar vindt dat "
     "het tempo omhoog moet.", "het tempo omhoog moet", "Noor Aydin"),
    # a clause with its own subject and object has no place for a relative "dat" after the noun before it
    ("dat-after-debat", "CDA-leider Henri Bontenbal was kritisch. Hij zei later in het debat dat hij liever minder "
     "beloftes en meer uitvoering ziet.", "hij liever minder beloftes en meer uitvoering ziet", "Henri Bontenbal"),
    # the speaker's next act coordinated with the cue is not what was said
    ("en-eiste", "Kamerlid Lidewij de Vos beweerde dat de stikstofregels niet deugen en eiste een parlementaire "
     "enquête.", "de stikstofregels niet deugen", "Lidewij de Vos"),
    # "wees er … op dat": the preposition of a split "erop" makes no other verb
    ("wees-er-op", "Minister Heinen wees er dinsdag in de Tweede Kamer nadrukkelijk op dat de begroting sluitend "
     "moet blijven.", "de begroting sluitend moet blijven", "Heinen"),
    ("klonk-het-op", "De regering heeft te lang gewacht, klonk het op het congres van de partij.",
     "De regering heeft te lang gewacht", "het congres van de partij"),
    ("quoted-fragment-inside", "BBB-fractievoorzitter Henk Vermeer laat weten dat zijn partij ,,niet zomaar'' "
     "akkoord gaat.", "zijn partij ,,niet zomaar'' akkoord gaat", "Henk Vermeer"),
    ("zo-inverted", "De oud-burgemeester is vannacht op 84-jarige leeftijd overleden, zo meldde het ANP zaterdag.",
     "De oud-burgemeester is vannacht op 84-jarige leeftijd overleden", "het ANP"),
    # the parser hung the reported clause's words from the cue: its "niet" is no negation of the cue
    ("inverted-negated-content", "Sneller kon niet, vond Van Dam na afloop.", "Sneller kon niet", "Van Dam"),
    ("inverted-negated-content-2", "Een betere start was niet mogelijk, vond trainer Kees Wolters na afloop.",
     "Een betere start was niet mogelijk", "Kees Wolters"),
    ("laat-doorschemeren", "De bondskanselier liet doorschemeren dat Duitsland op termijn minder wil betalen.",
     "Duitsland op termijn minder wil betalen", "De bondskanselier"),
    # "Dat heeft X bekendgemaakt": the cue is the participle; "de luchtvaartmaatschappij" is the company named before
    ("points-back-aux-organisation",
     "UTRECHT - NS gaat volgend jaar minder treinen laten rijden. Dat heeft het spoorbedrijf gisteren bekendgemaakt.",
     "NS gaat volgend jaar minder treinen laten rijden", "NS"),
    ("organisation-noun-without-name",
     "De treinen rijden volgend jaar minder vaak. Dat heeft het vervoersbedrijf gisteren bekendgemaakt.",
     "De treinen rijden volgend jaar minder vaak", "het vervoersbedrijf"),
    # a marker after a conjunction starts the reported clause; what comes before it is the reporter's
    ("volgens-after-maar", "Het kabinet wil snel bouwen, maar volgens Kamerlid Anna Smit is daar geen geld voor.",
     "is daar geen geld voor", "Anna Smit"),
    ("visie-after-maar", "De raad stemde voor de nieuwe brug, maar in de visie van wethouder Anna Smit had het "
     "debat langer moeten duren.", "had het debat langer moeten duren", "Anna Smit"),
    # "maakte … bekend": the particle the parser took for the clause that "dat" opens
    ("points-back-particle", "Het museum sluit in maart de deuren. De directie maakte dat gisteren bekend.",
     "Het museum sluit in maart de deuren", "De directie"),
    ("points-back-particle-fronted", "Het museum sluit in maart de deuren. Dat maakte de directie gisteren bekend.",
     "Het museum sluit in maart de deuren", "de directie"),
    ("points-back-object", "De politie heeft bij rellen in Rotterdam veertig supporters aangehouden. "
     "Een woordvoerder heeft dat tegenover de NOS bevestigd.",
     "De politie heeft bij rellen in Rotterdam veertig supporters aangehouden", "Een woordvoerder"),
    # "liet … weten dat" with a long stretch between; a dat-clause the parser hung from a time word
    ("laten-weten-far", "De wethouder liet na afloop van de raadsvergadering in een korte verklaring weten dat "
     "het plan van tafel is.", "het plan van tafel is", "De wethouder"),
    ("dat-under-time-word", "Directeur Lotte Brink waarschuwde vorige maand dat bibliotheken ‘keihard in de "
     "problemen komen’ als de subsidie stopt.",
     "bibliotheken ‘keihard in de problemen komen’ als de subsidie stopt", "Lotte Brink"),
    ("inverted-liet-weten", "Het kabinet stopt met de regeling, liet premier Dick Schoof dinsdag weten.",
     "Het kabinet stopt met de regeling", "Dick Schoof"),
    ("inverted-liet-pronoun-weten", "Minister Eelco Heinen was duidelijk. De begroting blijft zoals ze is, liet hij "
     "weten.", "De begroting blijft zoals ze is", "Eelco Heinen"),
    # a sports role takes up the player the sentence before is about, but a coach is no player
    ("coach-is-no-player", "Renner Martijn Kok was trots op zijn zege. De bondscoach zei dat de ploeg sterk is.",
     "de ploeg sterk is", "De bondscoach"),
    # the one asked stands between the asking cue and "of"
    ("asks-the-minister-of", "SP-leider Jimmy Dijk vroeg de minister of ze wil ingrijpen in de huurmarkt.",
     "ze wil ingrijpen in de huurmarkt", "Jimmy Dijk"),
    ("asks-aan-the-minister-of", "SP-leider Jimmy Dijk vroeg aan de minister of ze wil ingrijpen in de huurmarkt.",
     "ze wil ingrijpen in de huurmarkt", "Jimmy Dijk"),
    # "de verdachte" is the person the text is about
    ("the-accused", "Dennis V. zat er stil bij. De verdachte hield vol dat hij onschuldig is.",
     "hij onschuldig is", "Dennis V."),
    # or the one named as news names the accused, a first name and an initial, though no subject
    ("the-accused-named-by-initial", "Het OM eist acht jaar cel tegen Ricardo M. uit Almere. De verdachte zelf "
     "verklaarde dat hij zich niets herinnert.", "hij zich niets herinnert", "Ricardo M."),
    # an inverted frame after a clause that ends in a quoted fragment: indirect, with the partial inside
    ("inverted-ending-in-a-fragment", "Het kabinet moest ‘gewoon zijn werk doen’, zei VVD-leider Dilan Yeşilgöz.",
     "Het kabinet moest ‘gewoon zijn werk doen’", "Dilan Yeşilgöz"),
    # the words between "dat" and the clause's end are the clause's, and a fragment may close inside it
    ("dat-clause-split-by-the-parser", "De D66-leider waarschuwt dat het land stil komt te liggen.",
     "het land stil komt te liggen", "De D66-leider"),
    ("fragment-closing-inside-the-clause", "Minister Mona Keijzer meent dat gemeenten „te lang blijven hangen in "
     "procedures” bij elk bouwplan.", "gemeenten „te lang blijven hangen in procedures” bij elk bouwplan",
     "Mona Keijzer"),
    ("wilde-weten-of", "Kamerlid Rob Jetten wilde weten of de minister de plannen heeft laten toetsen.",
     "de minister de plannen heeft laten toetsen", "Rob Jetten"),
    # a clause read on the surface ends before the speaker's next act
    ("surface-clause-before-next-act", "Boerenleider Sietse Bakker was fel. Hij benadrukte dat de boeren ‘niet de "
     "schuld van alles’ zijn, maar kreeg weinig ruimte.", "de boeren ‘niet de schuld van alles’ zijn", "Sietse Bakker"),
    # where a part coordinated after ", maar" ends with its verbs, it is still the report's
    ("dat-clause-coordinated-verb-final", "Een woordvoerder van het OM laat weten dat het OM tevreden is, maar de "
     "strafmaat nog gaat bestuderen.", "het OM tevreden is, maar de strafmaat nog gaat bestuderen",
     "Een woordvoerder van het OM"),
    # a clause after "volgens X" may open with a quoted fragment of its own
    ("volgens-clause-opening-with-a-fragment", "Volgens SP-Kamerlid Jimmy Dijk ‘wachten er honderdduizenden mensen’ "
     "op een betaalbaar huis.", "‘wachten er honderdduizenden mensen’ op een betaalbaar huis", "Jimmy Dijk"),
    # "liet … weten … te …" with a time between "liet" and "weten", and "weten" parsed apart
    ("liet-na-afloop-weten-te", "Gedeputeerde Marloes ter Horst (CDA) verdedigde het plan. Ter Horst liet na afloop "
     "weten de zorgen van de omwonenden serieus te nemen.", "de zorgen van de omwonenden serieus te nemen",
     "Marloes ter Horst"),
    # "volgens X" inside the clause, hung from its subject: the whole clause is reported (one span)
    ("volgens-hung-from-the-subject", "De officier eiste een taakstraf. Ook moet de grondverkoop volgens het OM "
     "worden teruggedraaid.", "Ook moet de grondverkoop volgens het OM worden teruggedraaid", "het OM"),
    # ... also where the parser made the title the name's head
    ("title-heading-the-name-after-a-role", "Volgens voorzieningenrechter mr. Judith Verschuren heeft de gemeente "
     "onvoldoende onderzocht wat het geluid doet.", "heeft de gemeente onvoldoende onderzocht wat het geluid doet",
     "Judith Verschuren"),
    # an amount the parser hung from the source is no part of it, but of the report (the cue inside one span)
    ("amount-hung-from-the-source", "Een uur parkeren gaat volgens het college van 4,20 naar 4,90 euro.",
     "Een uur parkeren gaat volgens het college van 4,20 naar 4,90 euro", "het college"),
    # ... but a counted group is part of the source
    ("counted-group-in-the-source", "Volgens ingewijden bij twee grote zorgverzekeraars wordt er achter de schermen "
     "al gerekend.", "wordt er achter de schermen al gerekend", "ingewijden bij twee grote zorgverzekeraars"),
    # a role with academic titles between it and the name names that person
    ("titles-between-role-and-name", "SGP-fractievoorzitter drs. P. de Boer wil weten of de provincie de gemeenten "
     "compenseert.", "de provincie de gemeenten compenseert", "P. de Boer"),
    # Flemish "liet verstaan dat" for "liet weten dat"
    ("liet-verstaan", "Fractieleider Sarah Van Damme liet verstaan dat haar partij de hervorming niet steunt.",
     "haar partij de hervorming niet steunt", "Sarah Van Damme"),
    # a noun for an organisation takes up one of its kind: a union is no company; a name ending in "bank" is a bank
    ("company-noun-not-a-union", "Vakbond FNV is boos over de plannen. Het bedrijf laat weten dat de reorganisatie "
     "doorgaat.", "de reorganisatie doorgaat", "Het bedrijf"),
    ("bank-named-as-a-compound", "De Rabobank schrapt driehonderd banen. De bank verwacht dat het zonder gedwongen "
     "ontslagen kan.", "het zonder gedwongen ontslagen kan", "Rabobank"),
    # volgens inside the clause, hung by the parser from an adverb or from the quoted words
    ("volgens-mid-clause", "Het kabinet wil volgens ingewijden eerst goed rekenen.",
     "Het kabinet wil volgens ingewijden eerst goed rekenen", "ingewijden"),
    ("volgens-pronoun-before-fragment", "Wethouder Anne Bakker is duidelijk. Het zwembad is volgens haar ,,te oud'' "
     "en een renovatie is te duur.", "Het zwembad is volgens haar ,,te oud'' en een renovatie is te duur",
     "Anne Bakker"),
    ("organisation-x-nederland", "Zorgverzekeraars Nederland zegt dat de premies zo laag mogelijk zijn gehouden.",
     "de premies zo laag mogelijk zijn gehouden", "Zorgverzekeraars Nederland"),
    ("profession-takes-up-the-subject", "Eva Dijkstra leidde het onderzoek naar de kwelders. De onderzoekster "
     "benadrukt dat de resultaten voorlopig zijn.", "de resultaten voorlopig zijn", "Eva Dijkstra"),
    ("points-back-possessive-source", "De bekende presentator Jan Visser is overleden. Dat heeft zijn familie "
     "bekendgemaakt.", "De bekende presentator Jan Visser is overleden", "zijn familie"),
    ("volgens-pronoun-after-the-verb", "Wethouder Anne Bakker is duidelijk. Het afbreken gaat volgens haar nog veel "
     "te langzaam.", "Het afbreken gaat volgens haar nog veel te langzaam", "Anne Bakker"),
    ("particle-before-dat", "Hanneke Vos, voorzitter van de Universiteit Utrecht, rekent voor dat haar universiteit "
     "veertig miljoen minder krijgt.", "haar universiteit veertig miljoen minder krijgt", "Hanneke Vos"),
    # a job outside politics with a party takes up the last person named of that party
    ("party-founder", "Pieter Omtzigt (NSC) verlaat de Kamer. De NSC-oprichter maakte bekend dat hij stopt met de "
     "politiek.", "hij stopt met de politiek", "Pieter Omtzigt"),
    ("party-founder-van-phrase", "Pieter Omtzigt (NSC) verlaat de Kamer. De oprichter van Nieuw Sociaal Contract "
     "maakte bekend dat hij stopt met de politiek.", "hij stopt met de politiek", "Pieter Omtzigt"),
    ("far-dat-tagged-pronoun", "Caroline van der Plas zei in het Radio 1 Journaal dat haar partij sneller wil.",
     "haar partij sneller wil", "Caroline van der Plas"),
    # a relative "die" after a comma speaks for the noun phrase before it
    ("relative-die-speaks", "CDA-leider Henri Bontenbal haalde uit naar Geert Wilders, die zei dat hij de grootste "
     "partij wil blijven.", "hij de grootste partij wil blijven", "Geert Wilders"),
    ("regulator-takes-up-the-authority", "De Nederlandse Zorgautoriteit moet de fusie nog goedkeuren. De "
     "toezichthouder zegt dat de zorg bereikbaar moet blijven.", "de zorg bereikbaar moet blijven", "Zorgautoriteit"),
    # a relative clause after the frame of an inverted cue is no part of it, nor a clause of its own
    ("inverted-frame-relative-clause", "Van veel geld is niet duidelijk of het werkt, schrijft de Rekenkamer in haar "
     "onderzoek dat woensdag verscheen.", "Van veel geld is niet duidelijk of het werkt", "de Rekenkamer"),
    # a demonstrative "Die" opening the sentence is the subject of the sentence before
    ("demonstrative-die", "De Raad van State deed uitspraak in de zaak. Die oordeelde dat de regels deugen.",
     "de regels deugen", "De Raad van State"),
    ("voorhouden", "Minister Eric van der Burg had de senatoren voorgehouden dat de chaos zou terugkeren.",
     "de chaos zou terugkeren", "Eric van der Burg"),
    ("dat-under-noun-in-pp", "Wilders zei op zijn persconferentie dat het kabinet zorgvuldig te werk gaat.",
     "het kabinet zorgvuldig te werk gaat", "Wilders"),
    # the one spoken to is no part of the source; a Telegraaf-style fragment keeps both characters of its ''
    ("inverted-addressee", "De nota is te sober, zeggen ambtenaren tegen de krant.", "De nota is te sober",
     "ambtenaren"),
    ("fragment-double-marks", "Critici vinden dat de partij vooral ,,hard roept en weinig levert''.",
     "de partij vooral ,,hard roept en weinig levert''", "Critici"),
    # an apposition to the source between cue and dat; a relative clause of an inverted source; a fronted phrase
    ("dat-after-apposition", "Buiten de rechtszaal zei Kees Molenaar, de broer van het slachtoffer, dat de familie "
     "eindelijk gehoord wil worden.", "de familie eindelijk gehoord wil worden", "Kees Molenaar"),
    ("inverted-source-with-relative-clause", "Achter de schermen was de sfeer gespannen, zeggen diplomaten die bij "
     "de gesprekken aanwezig waren.", "Achter de schermen was de sfeer gespannen", "diplomaten"),
    # a te-infinitive the parser broke up ("te" as the cue's particle)
    ("te-infinitive-bare-object", "Bestuursvoorzitter Jeroen van Dijk zegt begrip te hebben voor de actie.",
     "begrip te hebben voor de actie", "Jeroen van Dijk"),
    # a role noun the tagger made a participle, after a word the tag lexicon repairs
    ("role-tagged-participle", "Het besluit valt in juni. De gedeputeerde erkent dat de provincie eerder te traag "
     "was.", "de provincie eerder te traag was", "De gedeputeerde"),
    # a plural party noun is a group, not the member named before
    ("plural-party-noun", "SP-Kamerlid Annelies de Graaf is kritisch. De SP’ers vinden dat een deel van het geld naar "
     "de zorg moet.", "een deel van het geld naar de zorg moet", "De SP’ers"),
    # an initial shortening a surname is no sentence end
    ("shortened-surname", "Volgens de officier handelde Van R. uit wraak, omdat hij zijn baan verloor.",
     "handelde Van R. uit wraak, omdat hij zijn baan verloor", "de officier"),
    # a capitalised name word that is also a verb form ("delft") does not end the source of "volgens"
    ("volgens-name-like-verb", "Volgens onderzoekers van de TU Delft is de bewering te kort door de bocht.",
     "is de bewering te kort door de bocht", "onderzoekers van de TU Delft"),
    # "Volgens haar" with the verb after it mistagged; a dateline with an agency before the report
    ("volgens-pronoun-mistagged-verb", "Edith Schippers was kritisch. Volgens haar lost de wet het probleem niet op: "
     "„De instroom is te hoog.”", "lost de wet het probleem niet op", "Edith Schippers"),
    ("points-back-agency-dateline", "DEN HAAG (ANP) - Het kabinet trekt extra geld uit voor de zorg. Dat heeft "
     "minister Agema dinsdag bekendgemaakt.", "Het kabinet trekt extra geld uit voor de zorg", "Agema"),
    ("points-back-pronoun-after-agency-dateline", "DEN HAAG (ANP) - Minister Barry Madlener wil de "
     "maximumsnelheid verhogen. Dat schrijft hij in een brief aan de Kamer.",
     "Minister Barry Madlener wil de maximumsnelheid verhogen", "Barry Madlener"),
    # an apposition between commas before the cue: the subject before it is no reported clause
    ("apposition-before-the-cue", "Geert Bosman, zelf leraar, zei jaren geleden dat de klassen te groot zijn.",
     "de klassen te groot zijn", "Geert Bosman"),
    # the word after a subject pronoun is the verb, however the tagger read it ("het verwijt")
    ("verb-after-subject-pronoun", "VVD-leider Dilan Yeşilgöz was fel. Zij verwijt Wilders dat hij „zijn eigen ego "
     "boven het land” stelt.", "hij „zijn eigen ego boven het land” stelt", "Dilan Yeşilgöz"),
    # a subject after "dat" opens the clause even when the tagger made its verb a noun ("doorging")
    ("dat-subject-verb-tagged-noun", "De officier van justitie eiste drie jaar. Ze wees erop dat hij ook na zijn "
     "eerste aanhouding gewoon doorging met declareren.",
     "hij ook na zijn eerste aanhouding gewoon doorging met declareren", "De officier van justitie"),
    # a cue set in the sentence, with a conjunction after it
    ("cue-set-in", "Wethouder Joost Lautenbach begrijpt de emoties, zegt hij, maar het besluit staat.",
     "Wethouder Joost Lautenbach begrijpt de emoties", "Joost Lautenbach"),
    # "niet uitsluiten dat" reports a stance
    ("niet-uitsluiten", "De politie sluit niet uit dat er sprake is van brandstichting.",
     "er sprake is van brandstichting", "De politie"),
    # a surname's particle opening the sentence, which the parser read as a preposition
    ("surname-particle-opens-sentence", "Wethouder Joris van Veen is tevreden. Van Veen zegt dat de nieuwe brug "
     "op tijd klaar is.", "de nieuwe brug op tijd klaar is", "Joris van Veen"),
]

NO_INDIRECT = [
    "Uw partij wordt vaak verweten dat ze ouderwets is.",  # a passive without its "door" names no speaker
    "Kamerlid Henk Nijboer vraagt geld of steun voor de boeren.",  # "of" is "or"
    "Hij weet dat het kabinet valt.",  # knowing is no speech
    "Volgens de grondwet moet de Kamer instemmen met het verdrag.",  # volgens a law
    "Hij vond zijn telefoon gisteren terug in de trein naar Utrecht.",  # vinden, not speech
    "Volgens plan opent de nieuwe brug in het voorjaar.",
    "Volgens het Parijs-akkoord moet de uitstoot in 2050 tot nul zijn teruggebracht.",  # an agreement
    "Landbouworganisatie LTO noemt dat veel te laat.",  # "dat" is what is named, no clause
    # a plan promises nothing the way a speaker does (but "De christendemocraat zei … te …" reports)
    "Het fusieplan belooft betere zorg door specialisten op één plek te bundelen.",
    # a cue under a modal reports nothing said yet
    "Minister Harbers erkende een fout. Dan moet de minister uitleggen waarom de Kamer zo laat werd ingelicht.",

    "De burgemeester noemt het onbegrijpelijk dat de provincie nog niet heeft besloten.",  # a judgement
    # a phrase before the comma, not a clause: no inverted cue
    "Op de vraag of ze de minister bedoelt, lacht ze.",
    "Gevraagd naar haar plannen, glimlacht de wethouder.",
    # "dat" with no verb after it is a pronoun ("vindt dat te laat")
    "Bondskanselier Friedrich Merz vindt dat veel te laat.",
    # a relative "dat" after a neuter noun opens no reported clause
    "„Het is voorbij”, zegt een Kamerlid dat anoniem wil blijven.",
    # a subject with a relative clause before the comma, not a clause of its own
    "Een diplomaat in Den Haag, die anoniem wilde blijven, noemde de reactie voorspelbaar.",
    # a clause of a statement reacted to is that statement's content, not the reacting speaker's
    "D66-Kamerlid Anne-Marijke Podt reageerde fel op de uitspraak van Faber dat Nederland vol is.",
    # after "volgens X" only quoted words: the fragment is annotated as a partial quote, with no indirect around it
    "Het aantal ongelukken met snelle e-bikes is volgens de fietsersbond ,,fors gestegen''.",
]


@pytest.fixture(scope="module")
def attributor():
    from quoteattr import Attributor

    return Attributor()


def _check(doc: AttributedDocument, expected):
    marked = [q for q in doc.quotes if q.kind != "indirect"]
    assert len(marked) == len(expected), [(q.text, q.kind, q.speaker_name) for q in marked]
    for q, (fragment, kind, speaker) in zip(marked, expected, strict=True):
        assert fragment in q.text
        assert q.kind == kind, (q.text, q.rule)
        assert same_speaker(q.speaker_name, speaker), (q.text, q.speaker_name, q.rule)
        assert doc.text[q.start:q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_quote_rules(attributor, name, text, expected):
    _check(attributor(text, "2023-07"), expected)


@pytest.mark.parametrize(("name", "text", "span", "speaker"), INDIRECT, ids=[c[0] for c in INDIRECT])
def test_indirect_rules(attributor, name, text, span, speaker):
    doc = attributor(text, "2023-07")
    found = [q for q in doc.quotes if q.kind == "indirect"]
    assert found, "no indirect quote found"
    q = found[0]
    assert q.text == span
    assert same_speaker(q.speaker_name, speaker), q.speaker_name


@pytest.mark.parametrize("text", NO_INDIRECT)
def test_not_indirect(attributor, text):
    assert [q.text for q in attributor(text).quotes if q.kind == "indirect"] == []


def test_every_quote_span_is_kept(attributor):
    from quoteattr import find_quotes

    text = "Het ’plan’ van ’de kerk’ faalde. „Ja”, „nee” en ,,misschien'' riepen ze."
    doc = attributor(text)
    spans = {(s.start, s.end) for s in find_quotes(text)}
    assert spans <= {(q.start, q.end) for q in doc.quotes}


def test_offsets_are_exact(attributor, seed_text):
    doc = attributor(seed_text, "2023-07")
    for q in doc.quotes:
        assert seed_text[q.start:q.end] == q.text
        if q.cue is not None:
            assert seed_text[q.cue.start:q.cue.end] == q.cue.text
        if q.speaker_mention is not None:
            m = q.speaker_mention
            assert seed_text[m.start:m.end] == m.text
    for e in doc.entities:
        for m in e.mentions:
            assert seed_text[m.start:m.end] == m.text


def test_seed_article(attributor, seed_text):
    doc = attributor(seed_text, dt.date(2023, 7, 7))
    by_text = {q.text[:25]: q for q in doc.quotes}
    expect = {
        "Het is niet een kwestie v": "Kaag",
        "Ik ben een realistisch me": "Kaag",
        "We zien reden om morgen v": "Hoekstra",
        "niks zeggen over tussenst": "Rutte",
        "Ik denk echt dat het zou ": "De Jonge",
        "Zolang we hier zitten, zi": "Schouten",
        "Ik ga nog wat dingen op p": "Van der Burg",
        "Wat ik in de media zag, h": "Van der Burg",
    }
    for start, speaker in expect.items():
        assert start in by_text, start
        assert same_speaker(by_text[start].speaker_name, speaker), (start, by_text[start].speaker_name)
    indirect = {q.speaker_name for q in doc.quotes if q.kind == "indirect"}
    assert {"ingewijden", "een coalitiebron"} <= indirect


def test_accepts_conllu_and_stanza_documents(attributor):
    from quoteattr.nlp import parse

    text = "„Dit is onacceptabel”, zegt Wilders."
    stanza_doc = parse(text, attributor.pipeline)
    a = attributor(text)
    b = attributor(stanza_doc)
    assert [(q.start, q.end, q.speaker_name) for q in a.quotes] == [(q.start, q.end, q.speaker_name)
                                                                     for q in b.quotes]
    from stanza.utils.conll import CoNLL

    conllu = f"{stanza_doc:C}"
    c = attributor(text, parse=conllu)
    assert [(q.start, q.end, q.speaker_name) for q in c.quotes] == [(q.start, q.end, q.speaker_name)
                                                                     for q in a.quotes]
    assert CoNLL is not None


def test_rejects_bytes():
    from quoteattr import Attributor

    with pytest.raises(TypeError, match="str"):
        Attributor(pipeline=None, kb=None)(b"tekst")  # type: ignore[arg-type]


def test_bad_date():
    from quoteattr.attribution import parse_date

    assert parse_date("2023-07") == dt.date(2023, 7, 1)
    assert parse_date("2025") == dt.date(2025, 1, 1)
    with pytest.raises(ValueError, match="ISO"):
        parse_date("juli 2023")


@pytest.mark.parametrize("inner", ["‘bewust’", "‘je moet bewust met energie omgaan’"])
def test_a_quote_inside_a_quote_of_any_length_is_nested(attributor, inner):
    doc = attributor(f"„Mijn buurman zei altijd {inner} en daar had hij gelijk in”, zegt Anne Hendriksen.")
    outer, nested = doc.quotes
    assert outer.speaker_name == "Anne Hendriksen"
    assert (nested.text, nested.rule, nested.speaker) == (inner[1:-1], "nested", None)


def test_a_relative_clause_between_subject_and_cue_before_a_colon_leaves_the_subject_speaking(attributor):
    # parsed with the whole clause under the quote's verb, the cue verb without a subject of its own
    doc = attributor("Een moeder uit Amersfoort, die haar naam liever niet in de krant ziet, zegt: \"Mijn zoon "
                     "durft niet meer.\"")
    (q,) = doc.quotes
    assert q.speaker_mention is not None and q.speaker_mention.text == "Een moeder uit Amersfoort"


def test_a_noun_that_names_the_quote_in_a_passive_does_not_speak(attributor):
    # parsed with the quote's own subject ("mijn kind") beside the passive subject "de vraag"
    doc = attributor("Op sociale media wordt de vraag ’Moet mijn kind nu een helm op?’ vaak gesteld.")
    (q,) = doc.quotes
    assert q.speaker is None


def test_a_surname_written_as_an_initial_is_the_persons(attributor):
    doc = attributor("De verdachte Dennis V. zat er stil bij. \"Het spijt me\", zei V. aan het eind van de zitting.")
    (q,) = doc.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == ("Dennis V.", "person")


def test_ze_takes_up_the_plural_subject_not_the_organisation_in_its_van_phrase(attributor):
    doc = attributor("Onderzoekers van de Rijksuniversiteit Groningen hebben een bacterie gevonden die plastic "
                     "afbreekt. Dat schrijven ze in het vakblad Nature.")
    (q,) = doc.quotes
    assert q.speaker_name == "Onderzoekers van de Rijksuniversiteit Groningen"


def test_a_relative_die_that_is_the_object_does_not_speak_for_the_noun_before_it(attributor):
    doc = attributor("Pieter Omtzigt was voorzichtig. Hij heeft bezwaren tegen delen van het programma, die hij eerder "
                     "„ongrondwettelijk” noemde.")
    (q,) = doc.quotes
    assert q.speaker_name != "delen van het programma"


def test_a_name_only_ever_after_in_is_a_place_no_pronoun_takes_up(attributor):
    doc = attributor("Deze krant sprak haar in Den Haag.\n\nVolgens haar kan het veel sneller.")
    assert all(q.speaker_name != "Den Haag" for q in doc.quotes)


def test_after_an_inverted_cue_a_relative_dat_opens_no_second_report(attributor):
    doc = attributor("Het kabinet faalt, zegt Pieter Omtzigt in een interview dat vandaag verschijnt.")
    assert [q.text for q in doc.quotes] == ["Het kabinet faalt"]


def test_a_place_does_not_speak_in_a_passive_report(attributor):
    tree = conllu("In ADP 2 case | Amsterdam PROPN 4 obl | wordt AUX 4 aux:pass | gemeld VERB 0 root | "
                  "dat SCONJ 9 mark | de DET 7 det | bouw NOUN 9 nsubj | snel ADV 9 advmod | begint VERB 4 csubj:pass | "
                  "~. PUNCT 4 punct")
    assert [q for q in attributor(tree).quotes if q.kind == "indirect"] == []


#: Indirect quotes on hand-built trees: the sentences (as for ``conllu``), the quote's text and its speaker.
INDIRECT_ON_TREES = [
    # "of" parsed under "toetsen", the xcomp of "laten", the head of the asked clause
    pytest.param(
        ("Rob PROPN 4 nsubj | Jetten PROPN 1 flat | wilde=willen AUX 4 aux | weten VERB 0 root | "
         "of SCONJ 11 mark | de DET 7 det | minister NOUN 10 nsubj | het DET 9 det | plan NOUN 10 obj | "
         "liet=laten VERB 4 ccomp | toetsen VERB 10 xcomp | ~. PUNCT 4 punct",),
        "de minister het plan liet toetsen", "Rob Jetten", id="marker-under-the-lower-verb"),
    # the parser hung "naar de bewoners" from the speech verb
    pytest.param(
        ("Wouters PROPN 2 nsubj | vindt=vinden VERB 0 root | dat SCONJ 9 mark | de DET 5 det | "
         "wethouder NOUN 9 nsubj | niet ADV 9 advmod | alleen ADV 9 advmod | moet=moeten AUX 9 aux | "
         "luisteren VERB 2 ccomp | ~, PUNCT 14 punct | maar CCONJ 14 cc | ook ADV 14 advmod | "
         "naar ADP 14 case | bewoners=bewoner NOUN 2 obl | ~. PUNCT 2 punct",),
        "de wethouder niet alleen moet luisteren, maar ook naar bewoners", "Wouters", id="niet-alleen-past-maar"),
    # a main clause of the writer's own after ", maar" (its finite verb second, more after it), hung in the clause
    pytest.param(
        ("Smit PROPN 2 nsubj | zegt=zeggen VERB 0 root | dat SCONJ 7 mark | de DET 5 det | "
         "woningen=woning NOUN 7 nsubj:pass | worden AUX 7 aux:pass | opgeknapt=opknappen VERB 2 ccomp | "
         "~, PUNCT 11 punct | maar CCONJ 11 cc | er ADV 11 advmod | is=zijn VERB 7 conj VerbForm=Fin | "
         "nog ADV 14 advmod | geen DET 14 det | steiger NOUN 11 nsubj | te ADP 16 mark | zien VERB 11 xcomp | "
         "~. PUNCT 2 punct",),
        "de woningen worden opgeknapt", "Smit", id="dat-clause-before-a-main-clause"),
    # "liet weten … te …" with "weten" hung from the infinitive: the cue is read on the surface
    pytest.param(
        ("Dekker PROPN 2 nsubj | liet=laten VERB 0 root | weten VERB 8 advmod | het DET 5 det | plan NOUN 8 obj | "
         "niet ADV 8 advmod | te ADP 8 mark | steunen VERB 2 xcomp | ~. PUNCT 2 punct",),
        "het plan niet te steunen", "Dekker", id="liet-weten-parsed-apart"),
    # "dat" read as a conjunction, and "gemeld" as a clause of "heeft"
    pytest.param(
        ("Het DET 2 det | kabinet NOUN 3 nsubj | stopt VERB 0 root | ~. PUNCT 3 punct",
         "Een DET 2 det | woordvoerder NOUN 3 nsubj | heeft=hebben VERB 0 root | dat SCONJ 7 mark | "
         "tegenover ADP 6 case | media NOUN 7 obl | gemeld=melden VERB 3 csubj VerbForm=Part | "
         "~. PUNCT 3 punct",),
        "Het kabinet stopt", "Een woordvoerder", id="pointing-back-dat-under-a-participle"),
    pytest.param(
        ("Jansen PROPN 2 nsubj | zei=zeggen VERB 0 root | dat SCONJ 10 mark | zijn PRON 5 nmod:poss | "
         "advocaat NOUN 10 nsubj | hem PRON 10 obj | had=hebben AUX 10 aux | afgeraden VERB 10 xcomp | "
         "te ADP 10 mark | bellen VERB 2 xcomp | ~. PUNCT 2 punct",),
        "zijn advocaat hem had afgeraden te bellen", "Jansen", id="dat-clause-read-as-te-infinitive"),
    # the parser hung "aan het plan" from the speech verb
    pytest.param(
        ("Jansen PROPN 2 nsubj | belooft=beloven VERB 0 root | hard ADJ 5 advmod | te ADP 5 mark | "
         "werken VERB 2 xcomp | aan ADP 8 case | het DET 8 det | plan NOUN 2 obl | ~. PUNCT 2 punct",),
        "hard te werken aan het plan", "Jansen", id="te-infinitive-to-the-sentence-end"),
    # "weten" parsed as the object of the reported verb
    pytest.param(
        ("NSC PROPN 2 nsubj | liet=laten VERB 0 root VerbForm=Fin | na ADP 4 case | afloop NOUN 5 obl | "
         "weten VERB 9 obj | niet ADV 9 advmod | te ADP 9 mark | zullen AUX 9 aux | "
         "instemmen VERB 2 xcomp | ~. PUNCT 2 punct",),
        "niet te zullen instemmen", "NSC", id="liet-weten-with-words-between"),
    # the parser took "dat" for a relative pronoun of "ingewijde", which as a de-word takes "die"
    pytest.param(
        ("Toch ADV 2 advmod | waarschuwt VERB 0 root | een DET 4 det | ingewijde NOUN 2 nsubj Gender=Com | "
         "dat PRON 7 nsubj | nog ADV 7 advmod | onzeker ADJ 4 acl:relcl | is=zijn AUX 7 cop | "
         "~. PUNCT 2 punct",),
        "nog onzeker is", "een ingewijde", id="dat-after-a-common-gender-noun"),
    # "op" parsed as the particle of "meldt": "op basis van" is a phrase, and "meldt" stays the cue
    pytest.param(
        ("Het DET 2 det | kabinet NOUN 3 nsubj | stopt VERB 0 root | ~. PUNCT 3 punct",
         "Dat PRON 2 obj | meldt VERB 0 root | de DET 4 det | krant NOUN 2 nsubj | op ADP 2 compound:prt | "
         "basis NOUN 2 obl | van ADP 8 case | bronnen NOUN 6 nmod | ~. PUNCT 2 punct",),
        "Het kabinet stopt", "de krant", id="particle-before-a-noun-phrase"),
    # the parser hung the end of the clause from the speech verb
    pytest.param(
        ("Vitens PROPN 2 nsubj | meldt VERB 0 root | dat SCONJ 6 mark | veel DET 5 det | "
         "klanten NOUN 6 nsubj | zaterdag NOUN 2 ccomp | door ADP 9 case | een DET 9 det | storing NOUN 2 obl | "
         "werden AUX 11 aux | getroffen VERB 2 conj | ~. PUNCT 2 punct",),
        "veel klanten zaterdag door een storing werden getroffen", "Vitens", id="clause-to-the-sentence-end"),
]


@pytest.mark.parametrize(("sentences", "text", "speaker"), INDIRECT_ON_TREES)
def test_indirect_quotes_on_hand_built_trees(attributor, sentences, text, speaker):
    (quote,) = [q for q in attributor(conllu(*sentences)).quotes if q.kind == "indirect"]
    assert (quote.text, quote.speaker_name) == (text, speaker)


def test_a_name_with_a_possessive_apostrophe_does_not_speak_for_its_spokesman(attributor):
    (quote,) = attributor("Wilders’ woordvoerder zegt dat de partij niet meedoet.", "2025-06").quotes
    assert quote.text == "de partij niet meedoet" and "woordvoerder" in quote.speaker_name


def test_a_clause_that_belongs_to_a_noun_is_no_indirect_speech(attributor):
    # "de voorwaarde gesteld dat …": the dat-clause says what the condition is
    tree = conllu("De DET 2 det | bond NOUN 6 nsubj | had AUX 6 aux | de DET 5 det | voorwaarde NOUN 6 obj | "
                  "gesteld VERB 0 root | dat SCONJ 12 mark | elke DET 9 det | club NOUN 12 nsubj | een DET 11 det | "
                  "jeugdafdeling NOUN 12 obj | heeft VERB 5 acl | ~. PUNCT 6 punct")
    assert [q for q in attributor(tree).quotes if q.kind == "indirect"] == []


def test_a_relative_dat_of_a_neuter_noun_stays_a_relative_clause(attributor):
    tree = conllu("Het DET 2 det | ministerie NOUN 3 nsubj | waarschuwt VERB 0 root | het DET 5 det | "
                  "bestuur NOUN 3 obj Gender=Neut | dat PRON 8 nsubj | nog ADV 8 advmod | twijfelt VERB 5 acl:relcl | "
                  "~. PUNCT 3 punct")
    assert [q for q in attributor(tree).quotes if q.kind == "indirect"] == []


def test_after_a_fronted_clause_the_subject_after_the_cue_speaks(attributor):
    # the parser gave "stelde" two subjects: the fronted adjective and the name after it
    tree = conllu("Sneller PROPN 5 nsubj | kon AUX 5 aux | niet ADV 5 advmod | ~, PUNCT 5 punct | stelde VERB 0 root | "
                  "Van PROPN 5 nsubj | Dam PROPN 6 flat | ~. PUNCT 5 punct",
                  "„~ PUNCT 3 punct | Dit PRON 3 obj | verzin VERB 0 root | je PRON 3 nsubj | niet ADV 3 advmod | "
                  "~.~ PUNCT 3 punct | ” PUNCT 3 punct")
    (quote,) = [q for q in attributor(tree).quotes if q.kind == "direct"]
    assert quote.text == "Dit verzin je niet."
    assert quote.speaker_name == "Van Dam"


def test_a_verbless_lead_in_with_a_colon_continues_the_person_before(attributor):
    tree = conllu("Trainer NOUN 2 nsubj | Sanne PROPN 1 appos | Visser PROPN 2 flat | oogde VERB 0 root | "
                  "opgelucht ADJ 4 xcomp | ~. PUNCT 4 punct",
                  "Met ADP 3 case | een DET 3 det | glimlach NOUN 0 root | naar ADP 6 case | de DET 6 det | "
                  "tribune NOUN 3 nmod | ~: PUNCT 3 punct | „~ PUNCT 10 punct | Dat PRON 10 nsubj | "
                  "hoort VERB 3 parataxis | er ADV 10 advmod | gewoon ADV 10 advmod | bij ADP 10 compound:prt | "
                  "~.~ PUNCT 10 punct | ” PUNCT 10 punct")
    (quote,) = [q for q in attributor(tree).quotes if q.kind == "direct"]
    assert quote.text == "Dat hoort er gewoon bij."
    assert quote.speaker_name == "Sanne Visser"


def test_a_sentence_the_tokenizer_ran_into_the_quote_still_introduces_its_speaker(attributor):
    # one sentence in the parse: "Ook bondscoach Karel Smit was tevreden. „…”", after another speaker's quote
    tree = conllu("„~ PUNCT 3 punct | We PRON 3 nsubj | wonnen~ VERB 0 root | ” PUNCT 3 punct | ~, PUNCT 3 punct | "
                  "zegt VERB 3 parataxis | Lotte PROPN 6 nsubj | Bos PROPN 7 flat | ~. PUNCT 3 punct",
                  "Ook ADV 2 advmod | bondscoach NOUN 6 nsubj | Karel PROPN 2 appos | Smit PROPN 3 flat | "
                  "was AUX 6 cop | tevreden ADJ 0 root | ~. PUNCT 6 punct | „~ PUNCT 11 punct | Het PRON 11 nsubj | "
                  "was AUX 11 cop | verdiend ADJ 6 parataxis | ~.~ PUNCT 11 punct | ” PUNCT 11 punct")
    quotes = [q for q in attributor(tree).quotes if q.kind == "direct"]
    assert [(q.text, q.speaker_name) for q in quotes] == [("We wonnen", "Lotte Bos"), ("Het was verdiend.", "Karel Smit")]


def test_a_cue_verb_used_reflexively_without_speech_is_no_cue(attributor):
    # "zich melden" is reporting in, not speaking: the person the sentence ends on speaks next
    tree = conllu("Daarna ADV 2 advmod | meldde VERB 0 root | Lars PROPN 2 nsubj | Kok PROPN 3 flat | "
                  "zich PRON 2 expl:pv | bij ADP 8 case | de DET 8 det | jury NOUN 2 obl | en CCONJ 11 cc | "
                  "dat PRON 11 obj | verbaasde VERB 2 conj | Tim PROPN 11 nsubj | Berg PROPN 12 flat | ~. PUNCT 2 punct",
                  "„~ PUNCT 5 punct | Hij PRON 5 nsubj | was AUX 5 cop | echt ADV 5 advmod | boos ADJ 0 root | "
                  "~.~ PUNCT 5 punct | ” PUNCT 5 punct")
    (quote,) = [q for q in attributor(tree).quotes if q.kind == "direct"]
    assert quote.speaker_name == "Tim Berg"
    assert quote.cue.lemma != "melden"


def test_a_quoted_word_the_parser_made_subject_leaves_the_speaker_to_the_name(attributor):
    tree = conllu("Een DET 3 det | ’~ PUNCT 3 punct | puinhoop~ NOUN 5 nsubj | ’ PUNCT 3 punct | noemde VERB 0 root | "
                  "Fleur PROPN 5 nsubj | Jansen PROPN 6 flat | het PRON 5 obj | plan NOUN 8 nmod | ~. PUNCT 5 punct")
    (quote,) = attributor(tree).quotes
    assert (quote.text, quote.kind, quote.speaker_name) == ("puinhoop", "partial", "Fleur Jansen")


def test_a_quoted_subject_leaves_the_speaker_to_the_object_outside_the_quote(attributor):
    # "Een ’puinhoop’ vond Jansen": with the object fronted, the parser swapped subject and object
    tree = conllu("Een DET 3 det | ’~ PUNCT 3 punct | puinhoop~ NOUN 5 nsubj | ’ PUNCT 3 punct | "
                  "vond=vinden VERB 0 root | Fleur PROPN 5 obj | Jansen PROPN 6 flat | ~. PUNCT 5 punct")
    (quote,) = attributor(tree).quotes
    assert (quote.text, quote.kind, quote.speaker_name) == ("puinhoop", "partial", "Fleur Jansen")


def test_hij_after_a_quote_of_two_sentences_takes_up_the_subject_before_the_quote(attributor):
    # the quote's own sentences do not push the person named before it out of reach of "zei hij"
    tree = conllu("„~ PUNCT 2 punct | Nee~ INTJ 0 root | ”~ PUNCT 2 punct | , PUNCT 2 punct | "
                  "zei=zeggen VERB 2 parataxis | minister NOUN 5 nsubj | Anna PROPN 6 appos | Smit PROPN 7 flat | "
                  "~. PUNCT 2 punct",
                  "Premier NOUN 3 nsubj | Kok PROPN 1 appos | reageerde=reageren VERB 0 root | kalm ADJ 3 advmod | "
                  "~. PUNCT 3 punct",
                  "„~ PUNCT 3 punct | We PRON 3 nsubj | komen=komen VERB 0 root | eruit ADV 3 advmod | ~. PUNCT 3 punct",
                  "Daar ADV 4 advmod | heb=hebben VERB 0 root | ik PRON 2 nsubj | vertrouwen NOUN 2 obj | in ADP 4 case "
                  "| ~,~ PUNCT 2 punct | ” PUNCT 2 punct | zei=zeggen VERB 2 parataxis | hij PRON 8 nsubj | "
                  "~. PUNCT 2 punct")
    first, second = attributor(tree).quotes
    assert (first.speaker_name, second.text, second.speaker_name) == (
        "Anna Smit", "We komen eruit. Daar heb ik vertrouwen in,", "Kok")


def test_a_name_the_tagger_took_for_an_adverb_is_still_the_person_before_the_quote(attributor):
    # "Smit zelf ziet …" with Smit an adverb and no subject: the quote after it is still Smit's
    tree = conllu("Minister PROPN 3 nsubj | Smit PROPN 1 flat | zweeg=zwijgen VERB 0 root | ~. PUNCT 3 punct",
                  "Premier NOUN 3 nsubj | Kok PROPN 1 appos | sprak=spreken VERB 0 root | ~. PUNCT 3 punct",
                  "Smit ADV 3 advmod | zelf ADV 3 advmod | ziet=zien VERB 0 root | geen DET 5 det | "
                  "reden NOUN 3 nsubj | ~. PUNCT 3 punct",
                  "„~ PUNCT 3 punct | De DET 3 det | Kamer NOUN 4 nsubj | stemde=stemmen VERB 0 root | in ADP 4 compound:prt "
                  "| ~.~ PUNCT 4 punct | ” PUNCT 4 punct")
    (quote,) = attributor(tree).quotes
    assert (quote.text, quote.speaker_name) == ("De Kamer stemde in.", "Smit")


def test_a_capitalised_role_before_the_name_parsed_apart_gives_the_name(attributor):
    # the cue tagged a noun, with "Kamerlid" and the name as two flat parts of it
    tree = conllu("„~ PUNCT 3 punct | Waarom ADV 3 advmod | wacht=wachten VERB 0 root | u PRON 3 nsubj | "
                  "~?~ PUNCT 3 punct | ” PUNCT 3 punct | vroeg NOUN 3 parataxis | Kamerlid PROPN 7 flat | "
                  "Tjeerdsma PROPN 7 flat | ~. PUNCT 3 punct")
    (quote,) = attributor(tree).quotes
    assert (quote.text, quote.speaker_name) == ("Waarom wacht u?", "Tjeerdsma")


def test_a_pointing_back_dat_parsed_as_a_second_subject(attributor):
    tree = conllu("Het DET 2 det | museum NOUN 3 nsubj | sluit=sluiten VERB 0 root | in ADP 5 case | "
                  "maart NOUN 3 obl | ~. PUNCT 3 punct",
                  "De DET 2 det | directie NOUN 3 nsubj | maakte=maken VERB 0 root | dat PRON 3 nsubj | "
                  "gisteren ADV 6 advmod | bekend ADJ 3 xcomp | ~. PUNCT 3 punct")
    (quote,) = [q for q in attributor(tree).quotes if q.kind == "indirect"]
    assert (quote.text, quote.speaker_name, quote.rule) == ("Het museum sluit in maart", "De directie",
                                                             "indirect-points-back")


def test_a_pointing_back_dat_after_the_auxiliary_parsed_as_a_relative_clause(attributor):
    # "heeft dat … bevestigd" read as a clause "dat" opens, hung from the noun before it
    tree = conllu("De DET 2 det | politie NOUN 3 nsubj | hield=houden VERB 0 root | twee DET 5 det | "
                  "demonstranten NOUN 3 obj | aan ADP 3 compound:prt | ~. PUNCT 3 punct",
                  "Een DET 2 det | woordvoerder NOUN 0 root | heeft=hebben AUX 8 aux | dat SCONJ 8 mark | "
                  "tegenover ADP 7 case | de DET 7 det | krant NOUN 8 obl | bevestigd=bevestigen VERB 2 acl:relcl | "
                  "~. PUNCT 2 punct")
    (quote,) = [q for q in attributor(tree).quotes if q.kind == "indirect"]
    assert (quote.text, quote.speaker_name) == ("De politie hield twee demonstranten aan", "Een woordvoerder")


def test_a_dat_clause_after_prepositional_phrases_hung_from_a_name(attributor):
    # "schrijft in een brief aan de Tweede Kamer dat …": a name takes no relative clause without a comma
    tree = conllu("Minister NOUN 4 nsubj | Kees PROPN 1 appos | Bos PROPN 2 flat | schrijft=schrijven VERB 0 root | "
                  "in ADP 7 case | een DET 7 det | brief NOUN 4 obl | aan ADP 10 case | de DET 10 det | "
                  "Tweede PROPN 7 nmod | Kamer PROPN 10 flat | dat SCONJ 15 mark | de DET 14 det | "
                  "bouw NOUN 15 nsubj | achterblijft=achterblijven VERB 10 acl:relcl | ~. PUNCT 4 punct")
    (quote,) = [q for q in attributor(tree).quotes if q.kind == "indirect"]
    assert (quote.text, quote.speaker_name) == ("de bouw achterblijft", "Kees Bos")


def test_a_pronoun_dat_far_after_the_cue_opens_no_reported_clause(attributor):
    # "roept de bond in een brief op dat ook te doen": "dat" is the object of "doen"
    tree = conllu("Voorzitter NOUN 5 nsubj | Anna PROPN 1 appos | Smit PROPN 2 flat | is=zijn AUX 5 cop | "
                  "strijdbaar ADJ 0 root | ~. PUNCT 5 punct",
                  "Ze PRON 2 nsubj | roept=op_roepen VERB 0 root | de DET 4 det | bond NOUN 2 obj | "
                  "in ADP 7 case | een DET 7 det | brief NOUN 2 obl | op ADP 2 compound:prt | "
                  "dat PRON 12 obj | ook ADV 12 advmod | te ADP 12 mark | doen VERB 2 xcomp | ~. PUNCT 2 punct")
    assert not [q for q in attributor(tree).quotes if q.rule == "indirect-dat"]


def test_a_dat_clause_after_a_conjunction_belongs_to_another_verb(attributor):
    # "naar eigen zeggen … en dat wilde hij vieren": the "dat" far after the cue belongs to the next clause
    tree = conllu("De DET 2 det | zege NOUN 5 nsubj | was AUX 5 cop | naar ADP 5 case | "
                  "eigen ADJ 6 amod | zeggen=zeggen VERB 0 root | het DET 8 det | hoogste ADJ 6 obj | "
                  "tijdens ADP 10 case | de DET 10 det | race NOUN 8 nmod | en CCONJ 13 cc | dat PRON 13 nsubj | "
                  "vierde=vieren VERB 6 conj | hij PRON 13 nsubj | ~. PUNCT 6 punct")
    assert not [q for q in attributor(tree).quotes if q.rule == "indirect-dat"]


def test_a_quote_goes_to_the_person_the_paragraph_is_about_not_to_a_place(attributor):
    tree = conllu("Voor ADP 2 case | Sanne PROPN 8 obl | Visser PROPN 2 flat | was AUX 8 cop | de DET 6 det | "
                  "zege NOUN 8 nsubj | een DET 8 det | opluchting NOUN 0 root | ~. PUNCT 8 punct",
                  "De DET 2 det | finale NOUN 4 nsubj:pass | werd AUX 4 aux:pass | gespeeld VERB 0 root | "
                  "op ADP 6 case | Ahoy PROPN 4 obl | ~. PUNCT 4 punct",
                  "Met ADP 3 case | een DET 3 det | glimlach~ NOUN 0 root | : PUNCT 3 punct | „~ PUNCT 7 punct | "
                  "Gras NOUN 7 nsubj | blijft VERB 3 parataxis | lastig ADJ 7 xcomp | ~.~ PUNCT 7 punct | ” PUNCT 7 punct")
    (quote,) = [q for q in attributor(tree).quotes if q.kind == "direct"]
    assert quote.text == "Gras blijft lastig."
    assert quote.speaker_name == "Sanne Visser"


def test_of_two_subjects_the_parser_gave_one_verb_the_first_takes_up_the_pronoun(attributor):
    # "riep Piet Kok op" parsed with Piet Kok as a second subject of "riep"
    tree = conllu("Minister NOUN 4 nsubj | Kees PROPN 1 appos | Bos PROPN 2 flat | riep VERB 0 root | "
                  "Piet PROPN 4 nsubj | Kok PROPN 5 flat | op ADP 4 compound:prt | te ADP 9 mark | "
                  "stoppen VERB 4 xcomp | ~. PUNCT 4 punct",
                  "„~ PUNCT 4 punct | Het PRON 4 nsubj | moet AUX 4 aux | klaar~ ADJ 0 root | ” PUNCT 4 punct | "
                  "~, PUNCT 4 punct | zegt VERB 4 parataxis | hij PRON 7 nsubj | ~. PUNCT 4 punct")
    (quote,) = attributor(tree).quotes
    assert quote.speaker_name == "Kees Bos"


def test_a_reported_clause_ends_with_its_sentence_when_the_parse_runs_on(attributor):
    # one tokenizer sentence, and the parser hung the next sentence's verb from the reported clause
    tree = conllu("Carla PROPN 3 nsubj | Bos PROPN 1 flat | vindt VERB 0 root | dat SCONJ 7 mark | het DET 6 det | "
                  "toernooi NOUN 7 nsubj | doorgaat VERB 3 ccomp | ~. PUNCT 3 punct | „~ PUNCT 11 punct | "
                  "Dat PRON 11 nsubj | klopt VERB 7 conj | ~.~ PUNCT 11 punct | ” PUNCT 11 punct")
    (quote,) = [q for q in attributor(tree).quotes if q.kind == "indirect"]
    assert (quote.text, quote.speaker_name) == ("het toernooi doorgaat", "Carla Bos")


def test_a_cue_parsed_as_auxiliary_after_the_quote_still_counts(attributor):
    # "laat hij weten" with "laat" as the auxiliary of "weten"
    tree = conllu("Wethouder NOUN 4 nsubj | Kees PROPN 1 appos | Groot PROPN 2 flat | reageert VERB 0 root | "
                  "teleurgesteld ADJ 4 xcomp | ~. PUNCT 4 punct",
                  "„~ PUNCT 3 punct | We PRON 3 nsubj | gaan~ VERB 0 root | ” PUNCT 3 punct | ~, PUNCT 8 punct | "
                  "laat=laten AUX 8 aux | hij PRON 8 nsubj | weten VERB 3 parataxis | ~. PUNCT 3 punct")
    (quote,) = attributor(tree).quotes
    assert (quote.text, quote.speaker_name, quote.rule) == ("We gaan", "Kees Groot", "cue-after")


def test_pipe_batches_parsing_and_gives_what_one_call_gives(attributor):
    texts = ["„We gaan door”, zegt minister Anna Jansen.",
             "1\tZe\tze\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tlacht\tlachen\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
             "3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n",
             "Volgens Kamerlid Piet de Wit is het plan „niet af”.",
             "",
             "Geen citaat hier."]
    dates = ["2024-01", None, "2024-02-03", None, None]
    one = [attributor(t, d) for t, d in zip(texts, dates, strict=True)]
    for size in (1, 2, 16):
        piped = list(attributor.pipe(texts, dates=dates, batch_size=size))
        assert [d.to_dict() for d in piped] == [d.to_dict() for d in one]
    with pytest.raises(ValueError, match="batch_size"):
        list(attributor.pipe(texts, batch_size=0))


#: Cue verbs after a quote, inverted, as newspapers write them: strong pasts the lemmatizer may not know
#: (bezwoer, wierp), particles after the subject (hield hij vol), reflexives (verdedigde zij zich).
INVERTED_CUES = ["zei", "verklaarde", "benadrukte", "bezwoer", "beloofde", "verweet", "wierp zij tegen",
                 "hield zij vol", "hield zij staande", "gaf zij toe", "vulde zij aan", "merkte zij op",
                 "verdedigde zij zich", "beet zij van zich af", "schamperde", "relativeerde", "corrigeerde",
                 "verzuchtte", "twitterde", "liet zij weten"]


@pytest.mark.parametrize("cue", INVERTED_CUES)
def test_inverted_cue_verbs_after_a_quote(attributor, cue):
    words = cue if " zij" in cue else f"{cue} zij"
    text = f"Wethouder Petra Dijkstra sprak met Kamerlid Tom de Graaf. „Het budget is echt op”, {words}."
    (quote,) = attributor(text).quotes
    # the subject of the sentence before takes up "zij"
    assert (quote.rule, quote.speaker_name) == ("cue-after", "Petra Dijkstra")
    assert quote.cue.text == cue.split()[0]


#: Verbs of saying and believing before a dat-clause, in the frames newspapers use.  The clause ends in a
#: particle-like word ("op"), which a compact parser may hang from the cue verb (making "opzeggen").
DAT_FRAMES = ["zegt", "stelt", "benadrukt", "erkent", "ontkent", "waarschuwt", "vreest", "verwacht", "denkt",
              "vindt", "meent", "beweert", "liet weten", "heeft gezegd", "zei gisteren", "meldt", "bevestigt",
              "concludeert", "gaf aan", "wees erop", "is ervan overtuigd", "gaat ervan uit", "beaamt",
              "kondigde aan", "vermoedt"]


@pytest.mark.parametrize("frame", DAT_FRAMES)
def test_dat_clauses_after_cue_verbs(attributor, frame):
    text = f"Wethouder Petra Dijkstra {frame} dat het geld voor de nieuwe sporthal helemaal op is."
    (quote,) = [q for q in attributor(text).quotes if q.kind == "indirect"]
    assert (quote.text, quote.speaker_name) == ("het geld voor de nieuwe sporthal helemaal op is", "Petra Dijkstra")


def test_a_te_infinitive_after_a_promise_is_reported_speech_with_its_object(attributor):
    text = "Wethouder Petra Dijkstra belooft de huren volgend jaar te bevriezen."
    (quote,) = attributor(text).quotes
    assert (quote.kind, quote.text, quote.speaker_name) == ("indirect", "de huren volgend jaar te bevriezen",
                                                            "Petra Dijkstra")


def test_a_te_infinitive_runs_on_through_a_verb_the_parser_hung_from_the_cue(attributor):
    # "te gaan bestuderen" with "bestuderen" parsed as a second complement of the cue
    tree = conllu("Wethouder NOUN 3 nsubj | Smit PROPN 1 flat | zegt=zeggen VERB 0 root | de DET 5 det | "
                  "uitspraak NOUN 8 obj | te ADP 7 mark | gaan VERB 3 ccomp | bestuderen VERB 3 xcomp | ~. PUNCT 3 punct")
    (quote,) = attributor(tree).quotes
    assert (quote.kind, quote.text, quote.speaker_name) == ("indirect", "de uitspraak te gaan bestuderen", "Smit")


def test_a_modal_of_the_reported_clause_hung_from_the_cue_leaves_the_cue_said(attributor):
    # "zegt dat het kan" with "kan" parsed as the auxiliary of "zegt": what was said is still reported
    tree = conllu("Minister NOUN 3 nsubj | Smit PROPN 1 flat | zegt=zeggen VERB 0 root | dat SCONJ 5 mark | "
                  "het PRON 3 nsubj | kan=kunnen AUX 3 aux | ~. PUNCT 3 punct")
    (quote,) = attributor(tree).quotes
    assert (quote.kind, quote.text, quote.speaker_name) == ("indirect", "het kan", "Smit")


def test_a_quoted_word_hung_deep_under_a_naming_verb_is_the_subjects(attributor):
    # "noemde de plannen van de BBB ’onbetaalbaar’" with the quoted word an apposition of BBB
    tree = conllu("Kamerlid NOUN 3 nsubj | Smit PROPN 1 flat | noemde=noemen VERB 0 root | de DET 5 det | "
                  "plannen NOUN 3 obj | van ADP 8 case | de DET 8 det | BBB PROPN 5 nmod | ’~ PUNCT 10 punct | "
                  "onbetaalbaar~ ADJ 8 appos | ’~ PUNCT 10 punct | . PUNCT 3 punct")
    (quote,) = attributor(tree).quotes
    assert (quote.kind, quote.text, quote.speaker_name) == ("partial", "onbetaalbaar", "Smit")


def test_a_dateline_parsed_as_the_subject_leaves_the_speaker_to_its_apposition(attributor):
    tree = conllu("MOSKOU PROPN 8 nsubj | - PUNCT 1 punct | De DET 4 det | president NOUN 1 appos | "
                  "Vladimir PROPN 4 appos | Poetin PROPN 5 flat | heeft=hebben AUX 8 aux | "
                  "gewaarschuwd=waarschuwen VERB 0 root | voor ADP 11 case | ’~ PUNCT 11 punct | gevolgen~ NOUN 8 obl | "
                  "’~ PUNCT 11 punct | . PUNCT 8 punct")
    (quote,) = attributor(tree).quotes
    assert (quote.kind, quote.speaker_name) == ("partial", "Vladimir Poetin")


def test_a_live_blog_time_stamp_parsed_as_the_subject_leaves_the_speaker_to_its_apposition(attributor):
    tree = conllu("10.52 NUM 2 nummod | uur NOUN 8 nsubj | – PUNCT 4 punct | NSC-fractievoorzitter NOUN 2 appos | "
                  "Nicolien PROPN 4 flat | van ADP 4 flat | Vroonhoven PROPN 4 flat | noemt=noemen VERB 0 root | "
                  "het DET 10 det | plan NOUN 8 obj | ’~ PUNCT 12 punct | onverantwoord~ ADJ 10 appos | "
                  "’~ PUNCT 12 punct | . PUNCT 8 punct")
    (quote,) = attributor(tree).quotes
    assert (quote.kind, quote.speaker_name) == ("partial", "Nicolien van Vroonhoven")


@pytest.mark.parametrize("stamp", ["14.30 uur –", "DEN HAAG (ANP) -"])
def test_a_time_stamp_or_dateline_is_no_part_of_the_report(attributor, stamp):
    doc = attributor(f"{stamp} De asielwet komt er hoe dan ook, zegt minister Marjolein Faber.")
    (quote,) = doc.quotes
    assert (quote.text, quote.speaker_name) == ("De asielwet komt er hoe dan ook", "Marjolein Faber")


def test_a_role_with_a_nationality_takes_up_the_person_of_that_nationality(attributor):
    text = ("De Russische president Vladimir Poetin sprak gisteren in Moskou. Volgens de Russische leider is de "
            "uitbreiding van de NAVO een provocatie.")
    (quote,) = attributor(text).quotes
    assert (quote.kind, quote.speaker_name) == ("indirect", "Vladimir Poetin")


def test_volgens_with_a_pronoun_hung_from_the_subject_is_the_pronouns(attributor):
    # "Volgens haar wordt Utrecht ’gezonder’" with volgens parsed under Utrecht
    tree = conllu("Wethouder NOUN 3 nsubj | Smit PROPN 1 flat | sprak=spreken VERB 0 root | ~. PUNCT 3 punct",
                  "Volgens ADP 4 case | haar PRON 4 nmod:poss | wordt=worden AUX 6 aux:pass | Utrecht PROPN 6 nsubj:pass "
                  "| ’~ PUNCT 6 punct | gezonder~ ADJ 0 root | ’~ PUNCT 6 punct | . PUNCT 6 punct")
    quote = next(q for q in attributor(tree).quotes if q.kind != "indirect")
    assert (quote.kind, quote.text, quote.speaker_name) == ("partial", "gezonder", "Smit")


def test_a_quoted_root_with_the_naming_verb_as_its_auxiliary_is_the_subjects(attributor):
    # "Een woordvoerster noemt de straf ’passend’" parsed with "passend" as root and "noemt" as its auxiliary
    tree = conllu("Een DET 2 det | woordvoerster NOUN 7 nsubj | noemt=noemen VERB 7 aux | de DET 5 det | "
                  "straf NOUN 7 obj | ’~ PUNCT 7 punct | passend~ VERB 0 root | ’~ PUNCT 7 punct | . PUNCT 7 punct")
    (quote,) = attributor(tree).quotes
    assert (quote.kind, quote.speaker_name) == ("partial", "Een woordvoerster")


def test_the_source_after_volgens_takes_up_ze_in_the_next_sentence(attributor):
    # the volgens source is who the sentence is about, ahead of a subject two sentences back
    tree = conllu("Minister NOUN 3 nsubj | Smit PROPN 1 flat | zweeg=zwijgen VERB 0 root | ~. PUNCT 3 punct",
                  "Volgens ADP 2 case | Kamerlid PROPN 6 obl | Anna PROPN 2 flat | Visser PROPN 2 nmod | "
                  "is=zijn AUX 6 cop | nodig ADJ 0 root | ~. PUNCT 6 punct",
                  "Ze PRON 2 nsubj | waarschuwt=waarschuwen VERB 0 root | dat SCONJ 6 mark | gemeenten NOUN 6 nsubj | "
                  "anders ADV 6 advmod | opdraaien VERB 2 ccomp | ~. PUNCT 2 punct")
    quote = next(q for q in attributor(tree).quotes if q.text.startswith("gemeenten"))
    assert quote.speaker_name == "Anna Visser"


def test_a_name_tagged_an_adverb_before_a_cue_is_the_source_of_its_dat_clause(attributor):
    tree = conllu("Minister NOUN 3 nsubj | Faber PROPN 1 flat | zweeg=zwijgen VERB 0 root | ~. PUNCT 3 punct",
                  "Faber ADV 2 advmod | denkt=denken VERB 0 root | dat SCONJ 6 mark | gemeenten NOUN 6 nsubj | "
                  "opvang NOUN 6 obj | regelen VERB 2 ccomp | ~. PUNCT 2 punct")
    (quote,) = attributor(tree).quotes
    assert (quote.kind, quote.speaker_name) == ("indirect", "Faber")


def test_a_headline_quote_before_a_colon_that_the_body_quotes_goes_to_its_speaker(attributor):
    text = ("‘Dit is pas het begin’: boeren blokkeren snelwegen\n\nHonderden trekkers blokkeerden de A1.\n\n"
            "‘Dit is pas het begin,’ zegt Bart Kemp tegen de NOS.")
    headline, body = attributor(text).quotes
    assert (headline.kind, headline.rule, headline.speaker_name) == ("direct", "repeated", "Bart Kemp")
    assert body.speaker_name == "Bart Kemp"


def test_a_role_or_source_noun_before_a_colon_speaks(attributor):
    text = "Er werden drie trekkers weggesleept. Een agent: ‘We willen vooral dat de weg weer vrijkomt.’"
    (quote,) = attributor(text).quotes
    assert (quote.rule, quote.speaker_name) == ("colon", "Een agent")


def test_a_dateline_parsed_as_a_second_subject_ranks_after_the_real_one(attributor):
    tree = conllu("MOSKOU PROPN 7 nsubj | - PUNCT 7 punct | De DET 4 det | president NOUN 7 nsubj | "
                  "Poetin PROPN 4 appos | heeft=hebben AUX 7 aux | gewaarschuwd=waarschuwen VERB 0 root | "
                  "voor ADP 10 case | ’~ PUNCT 10 punct | gevolgen~ NOUN 7 obl | ’~ PUNCT 10 punct | . PUNCT 7 punct")
    (quote,) = attributor(tree).quotes
    assert (quote.kind, quote.speaker_name) == ("partial", "Poetin")


def test_a_te_infinitive_whose_te_hangs_from_its_auxiliary(attributor):
    # "zegt de uitspraak te gaan bestuderen" with "te" under "gaan", the auxiliary of "bestuderen"
    tree = conllu("Wethouder NOUN 3 nsubj | Smit PROPN 1 flat | zegt=zeggen VERB 0 root | de DET 5 det | "
                  "uitspraak NOUN 8 obj | te ADP 7 mark | gaan VERB 8 aux | bestuderen VERB 3 xcomp | ~. PUNCT 3 punct")
    (quote,) = attributor(tree).quotes
    assert (quote.kind, quote.text, quote.speaker_name) == ("indirect", "de uitspraak te gaan bestuderen", "Smit")


def test_a_regular_form_of_a_cue_verb_tagged_a_noun_after_the_quote_is_the_cue(attributor):
    # "lacht Klaver" with "lacht" tagged a noun and the lemmatizer not knowing it
    tree = conllu("Minister NOUN 3 nsubj | Halsema PROPN 1 flat | sprak=spreken VERB 0 root | ~. PUNCT 3 punct",
                  "‘~ PUNCT 5 punct | Ze PRON 5 nsubj | heeft=hebben AUX 5 aux | vaak ADV 5 advmod | gelijk~ ADJ 0 root "
                  "| ,~ PUNCT 8 punct | ’ PUNCT 8 punct | lacht NOUN 5 parataxis | Klaver PROPN 8 appos | "
                  "~. PUNCT 5 punct")
    (quote,) = attributor(tree).quotes
    assert (quote.text, quote.speaker_name, quote.cue.lemma) == ("Ze heeft vaak gelijk,", "Klaver", "lachen")


#: Two people named, one role noun, party noun or pronoun after the quote: who is meant.
TWO_PEOPLE = [
    ("Minister Eelco Heinen sprak dinsdag met Kamerlid Joost Sneller. „Het geld is op”, zei de minister.",
     "Eelco Heinen"),
    ("Minister Eelco Heinen sprak dinsdag met Kamerlid Joost Sneller. „Het geld is op”, zei het Kamerlid.",
     "Joost Sneller"),
    ("Minister Eelco Heinen sprak dinsdag met Kamerlid Joost Sneller. „Het geld is op”, zei de D66’er.",
     "Joost Sneller"),
    ("Minister Eelco Heinen sprak dinsdag met Kamerlid Joost Sneller. „Het geld is op”, zei de VVD’er.",
     "Eelco Heinen"),
    ("Kamerlid Joost Sneller ondervroeg minister Eelco Heinen. „Het geld is op”, zei de bewindsman.", "Eelco Heinen"),
    ("Kamerlid Joost Sneller ondervroeg minister Mona Keijzer. „Het geld is op”, zei ze.", "Mona Keijzer"),
    ("Kamerlid Joost Sneller ondervroeg minister Mona Keijzer. „Het geld is op”, zei hij.", "Joost Sneller"),
    ("Premier Dick Schoof en vicepremier Mona Keijzer gaven een persconferentie. „Wij staan er samen voor”, zei "
     "de vicepremier.", "Mona Keijzer"),
    ("De burgemeester van Utrecht, Sharon Dijksma, opende het festival. „Wat een dag”, zei de burgemeester.",
     "Sharon Dijksma"),
    ("Het CDA-Kamerlid Derk Boswijk stelde vragen aan minister Eelco Heinen. „Dit is onbestaanbaar”, zei de "
     "christendemocraat.", "Derk Boswijk"),
    # a role noun the tagger did not know introduces a quote with a colon
    ("Rector Saskia Timmermans verdedigt het verbod. Ouder Yvonne Martens is boos. De rector: „Dan hebben we slecht "
     "gecommuniceerd.”", "Saskia Timmermans"),
]


@pytest.mark.parametrize(("text", "speaker"), TWO_PEOPLE)
def test_who_a_role_party_noun_or_pronoun_means(attributor, text, speaker):
    (quote,) = attributor(text, "2025-03").quotes
    assert quote.speaker_name == speaker


#: An age noun, an inhabitant noun and a day before the name: who speaks (the exact name).
AGES_PLACES_DAYS = [
    ("Ger Lemmens (45) en Anna Smit (38) runnen samen een café. „We zijn blij met de drukte”, zegt de 38-jarige.",
     "Anna Smit"),
    ("De rechtbank veroordeelde Youssef K. (24) tot een taakstraf. Advocaat Bram Hoekstra had vrijspraak "
     "gevraagd. De 24-jarige toonde in de zaal spijt. „Het was stom”, zei hij.", "Youssef K."),
    ("Sanne Vink zit al jaren in het bestuur van de ijsclub. Haar vereniging krijgt geen subsidie meer. "
     "„Dit raakt ons hard”, zegt de 52-jarige.", "Sanne Vink"),
    ("Op de markt in Venlo stond Truus Hendriks (71) tussen de kramen. „Zoiets vergeet je nooit”, vertelt de "
     "Venlose.", "Truus Hendriks"),
    ("Een van de bewoners is Harm Bos uit Middelstum. De Middelstumer woont in een scheve boerderij. „We wachten "
     "al jaren”, zegt hij.", "Harm Bos"),
    ("Donderdag zei Mark Rutte: „Europa moet nu echt meer doen.”", "Mark Rutte"),
]


@pytest.mark.parametrize(("text", "speaker"), AGES_PLACES_DAYS)
def test_ages_inhabitants_and_days_before_the_speaker(attributor, text, speaker):
    (quote,) = [q for q in attributor(text, "2025-03").quotes if q.kind == "direct"]
    assert quote.speaker_name == speaker


def test_an_age_noun_is_the_source_of_an_inverted_frame_and_after_volgens(attributor):
    doc = attributor("Kroegbaas Piet Mertens (45) moest extra glazen bestellen. Dat gaat hem veel geld kosten, "
                     "vindt de 45-jarige. Jannie Vos (64) woont al veertig jaar in Middelstum. Volgens de 64-jarige "
                     "is het vertrouwen in de gemeente 'volledig weg'.", "2025-03")
    assert [(q.kind, q.text, q.speaker_name) for q in doc.quotes] == [
        ("indirect", "Dat gaat hem veel geld kosten", "Piet Mertens"),
        ("indirect", "is het vertrouwen in de gemeente 'volledig weg'", "Jannie Vos"),
        ("partial", "volledig weg", "Jannie Vos"),
    ]


def test_a_day_before_an_inverted_subject_is_no_speaker(attributor):
    (quote,) = attributor("Donderdag zei Mark Rutte dat Europa meer moet doen.", "2025-03").quotes
    assert (quote.kind, quote.speaker_name) == ("indirect", "Mark Rutte")


#: An organisation noun takes up an organisation the text named without saying what it is (exact names).
ORGANISATIONS_BY_NAME = [
    ("Unilever sluit een fabriek in Oss. Het concern zegt dat de vraag naar margarine daalt.", "Unilever"),
    ("Milieudefensie is blij met het besluit. „Dit is een goede dag voor de natuur”, zegt de milieuorganisatie.",
     "Milieudefensie"),
    ("De KNVB schorst de club voor twee duels. Volgens de bond waren de stewards te laat.", "KNVB"),
    ("BBB, de grootste partij in de Staten, stemde tegen. De partij vindt dat de boeren te weinig tijd krijgen.",
     "BBB"),
]


@pytest.mark.parametrize(("text", "speaker"), ORGANISATIONS_BY_NAME)
def test_an_organisation_noun_takes_up_an_organisation_named_before(attributor, text, speaker):
    (quote,) = [q for q in attributor(text, "2025-03").quotes if q.kind in ("direct", "indirect")]
    assert quote.speaker_name == speaker


def test_a_name_that_is_a_person_or_a_place_is_taken_up_by_no_organisation_noun(attributor):
    # a first name makes a person; a name in a prepositional phrase is a place
    for text in ("Eva Mulder gaat in beroep. Het bedrijf zegt dat de rechter zich vergist.",
                 "Het aantal banen in Nederland daalt. Het bedrijf zegt dat de rechter zich vergist."):
        (quote,) = attributor(text, "2025-03").quotes
        assert quote.speaker_name == "Het bedrijf"


#: Organisations whose name is more than their last word: an institution named after its place, a
#: capitalised adjective before an organisation noun.
LONGER_ORGANISATION_NAMES = [
    ("De rechtbank Overijssel oordeelde dinsdag dat de gemeente de vergunning ten onrechte had verleend.",
     "rechtbank Overijssel"),
    ("„We hebben alles gedaan wat we konden”, laat de gemeente Utrecht weten.", "gemeente Utrecht"),
    ("Volgens politie Oost-Brabant reed de bestuurder veel te hard.", "politie Oost-Brabant"),
    ("De Nederlandse Zorgautoriteit waarschuwt dat de wachtlijsten verder oplopen.", "Nederlandse Zorgautoriteit"),
]


@pytest.mark.parametrize(("text", "speaker"), LONGER_ORGANISATION_NAMES)
def test_longer_organisation_names(attributor, text, speaker):
    (quote,) = attributor(text, "2025-03").quotes
    assert quote.speaker_name == speaker


#: Nouns writers vary a name with: a party family abroad, a nationality, a compound on the title, an
#: apposition's noun, the farmer the story is about (exact names).
VARIED_NOUNS = [
    ("De Oostenrijkse bondskanselier Karl Nehammer sprak in Wenen. „Wij blijven neutraal”, zei de christendemocraat.",
     "Karl Nehammer"),
    ("De Amerikaanse senator Ted Cruz sprak in Texas. „Dit is een schande”, zei de Republikein.", "Ted Cruz"),
    ("Primož Roglič verloor twee minuten. „Ik had slechte benen”, zei de Sloveen.", "Primož Roglič"),
    ("Ondernemer Sandra Wijnen ziet haar omzet dalen. „We overleven dit niet”, zegt de horecaondernemer.",
     "Sandra Wijnen"),
    ("Kees de Lange (66), oud-vrachtwagenchauffeur, woont er al dertig jaar. „Niemand vraagt ons iets”, zegt de "
     "oud-vrachtwagenchauffeur.", "Kees de Lange"),
    ("Akkerbouwer Jelle Smit staat op zijn land bij Dronten. „De grond is te nat”, zegt de boer.", "Jelle Smit"),
]


@pytest.mark.parametrize(("text", "speaker"), VARIED_NOUNS)
def test_nouns_that_vary_the_name_of_the_person_written_about(attributor, text, speaker):
    (quote,) = attributor(text, "2025-03").quotes
    assert quote.speaker_name == speaker


def test_a_party_noun_does_not_take_up_a_politician_of_another_party(attributor):
    (quote,) = attributor("Minister Eelco Heinen (VVD) sprak in de Kamer. „Dit is onverantwoord”, zei de "
                          "christendemocraat.", "2025-03").quotes
    assert quote.speaker_name != "Eelco Heinen"


def test_a_quote_paragraph_after_a_paragraph_ending_on_someone_else_is_theirs(attributor):
    text = ("„De coalitie staat”, zei Dilan Yeşilgöz na het debat. Rob Jetten trekt zijn wenkbrauwen op.\n\n"
            "„Dat geloof je toch zelf niet.”")
    assert [q.speaker_name for q in attributor(text, "2025-03").quotes] == ["Dilan Yeşilgöz", "Rob Jetten"]
    # the one who spoke last, named again there, keeps speaking
    text = ("„De coalitie staat”, zei Dilan Yeşilgöz na het debat. Yeşilgöz pakt haar tas.\n\n"
            "„Morgen gaan we verder.”")
    assert [q.speaker_name for q in attributor(text, "2025-03").quotes] == ["Dilan Yeşilgöz", "Dilan Yeşilgöz"]


def test_a_paragraph_ending_in_a_colon_introduces_the_quote_paragraph_after_it(attributor):
    text = ("Wethouder Karin Dekker verdedigde de bezuiniging.\n\nStudente Noor Bakker (22) woont op kamers. "
            "Ze zegt:\n\n‘Ik werk al twintig uur per week naast mijn studie.’")
    assert [(q.kind, q.speaker_name) for q in attributor(text, "2025-03").quotes] == [("direct", "Noor Bakker")]


@pytest.mark.parametrize(("text", "kind", "speaker"), [
    # a capitalised quote after an article, with no speech verb: a named thing
    ("Premier Dick Schoof reist donderdag naar Brussel voor het ‘Haags akkoord’.", "scare", None),
    ("De Belgische renner won zondag voor de tweede keer de ‘Hel van het Noorden’.", "scare", None),
    # with a speech verb it is someone's words
    ("Geert Wilders sprak van een ‘Zwarte Dag’ voor Nederland.", "partial", "Geert Wilders"),
    # a quoted finite verb is what the subject says
    ("Minister Fleur Agema ‘betreurt’ het besluit van de rechter.", "partial", "Fleur Agema"),
])
def test_named_things_and_quoted_verbs(attributor, text, kind, speaker):
    (quote,) = attributor(text, "2025-03").quotes
    assert (quote.kind, quote.speaker_name) == (kind, speaker)


@pytest.mark.parametrize(("text", "span", "speaker"), [
    # what a document says is said by whoever the text made write or publish it
    ("De Onderwijsinspectie publiceerde dinsdag een rapport over de school. Het rapport concludeert dat de lessen "
     "te vaak uitvallen.", "de lessen te vaak uitvallen", "Onderwijsinspectie"),
    ("Dat schrijft minister Eppo Bruins in een brief aan de Kamer. In de brief staat ook dat de bezuiniging "
     "doorgaat.", "de bezuiniging doorgaat", "Eppo Bruins"),
    ("Volgens het rapport van het RIVM is de luchtkwaliteit in de steden verbeterd.",
     "is de luchtkwaliteit in de steden verbeterd", "RIVM"),
    ("Uit onderzoek van de GGD blijkt dat steeds meer jongeren vapen.", "steeds meer jongeren vapen", "GGD"),
    # "Dat staat in …" points back, and the "dat" after the document is a relative pronoun; the writer
    # may be an organisation noun phrase
    ("De gemeente moet volgend jaar vier miljoen euro bezuinigen op jeugdzorg. Dat staat in een rapport van de "
     "Algemene Rekenkamer dat dinsdag verscheen.", "De gemeente moet volgend jaar vier miljoen euro bezuinigen op "
     "jeugdzorg", "de Algemene Rekenkamer"),
    ("Bijna de helft van de scholieren slaapt te weinig. Dat blijkt uit een rapport van de inspectie.",
     "Bijna de helft van de scholieren slaapt te weinig", "de inspectie"),
    # a document it was said in takes no relative clause when a subject follows "dat"
    ("De NZa waarschuwde in een rapport dat ziekenhuizen hun spoedeisende hulp moeten sluiten.",
     "ziekenhuizen hun spoedeisende hulp moeten sluiten", "NZa"),
])
def test_documents_speak_for_whoever_wrote_them(attributor, text, span, speaker):
    (quote,) = [q for q in attributor(text, "2025-03").quotes if q.kind == "indirect"]
    assert (quote.text, quote.speaker_name) == (span, speaker)


def test_a_document_it_was_written_in_is_no_part_of_the_speaker(attributor):
    doc = attributor("Het bestuur heeft de financiën ’niet op orde’, schrijft de inspectie in een rapport.", "2025-03")
    # (the reported clause is more than its quoted words: indirect, with the partial inside it)
    assert [(q.kind, q.speaker_name) for q in doc.quotes] == [("indirect", "de inspectie"), ("partial", "de inspectie")]


#: Where the source stands relative to the reported clause.  The clause ends in "op", a word a compact
#: parser may hang from the cue verb as its particle.
SOURCE_POSITIONS = [
    ("Het geld voor het zwembad is op, volgens wethouder Anna Smit.", "Het geld voor het zwembad is op",
     "Anna Smit"),
    ("Het geld is volgens wethouder Anna Smit helemaal op.", "Het geld is volgens wethouder Anna Smit helemaal op",
     "Anna Smit"),
    ("Er is volgens ingewijden nog geen akkoord.", "Er is volgens ingewijden nog geen akkoord", "ingewijden"),
    ("Het geld is op, zegt wethouder Anna Smit.", "Het geld is op", "Anna Smit"),
    ("Het geld is op, zo laat wethouder Anna Smit weten.", "Het geld is op", "Anna Smit"),
    ("Het geld is op, bevestigt een woordvoerder van de gemeente desgevraagd.", "Het geld is op",
     "een woordvoerder van de gemeente"),
    ("Het geld is op. Dat zei wethouder Anna Smit gisteren.", "Het geld is op", "Anna Smit"),
]


@pytest.mark.parametrize(("text", "span", "speaker"), SOURCE_POSITIONS)
def test_the_source_before_inside_or_after_the_reported_clause(attributor, text, span, speaker):
    (quote,) = attributor(text).quotes
    assert (quote.kind, quote.text, quote.speaker_name) == ("indirect", span, speaker)


def test_volgens_with_a_plan_reports_nothing(attributor):
    assert attributor("De coalitie is het volgens de planning in juni eens over de begroting.").quotes == ()


#: Quote-only sentences and paragraphs between two people: who goes on speaking.
TURNS = [
    ("„Het plan deugt niet”, zegt wethouder Anna Smit. Raadslid Tom de Wit is het daar niet mee eens. "
     "„Het plan is prima.”", ["Anna Smit", "Tom de Wit"]),
    ("„Het plan deugt niet”, zegt wethouder Anna Smit. Volgens raadslid Tom de Wit is dat onzin. "
     "„Het plan is prima.”", ["Anna Smit", "Tom de Wit"]),
    ("„Het plan deugt niet”, zegt wethouder Anna Smit tegen raadslid Tom de Wit. „Het moet anders.”",
     ["Anna Smit", "Anna Smit"]),
    ("Wethouder Anna Smit: „Het plan deugt niet.”\n\nRaadslid Tom de Wit: „Het plan is prima.”\n\n"
     "„Wie iets anders zegt, heeft het niet gelezen.”", ["Anna Smit", "Tom de Wit", "Tom de Wit"]),
    ("„Het plan deugt niet”, zegt wethouder Anna Smit.\n\nRaadslid Tom de Wit reageert verbaasd. "
     "„Het plan is prima.”", ["Anna Smit", "Tom de Wit"]),
    # the main clause's subject, not the person it speaks to
    ("Raadslid Tom de Wit keek wethouder Anna Smit aan. „Meent u dat nou?”", ["Tom de Wit"]),
]


@pytest.mark.parametrize(("text", "speakers"), TURNS)
def test_turns_between_two_people(attributor, text, speakers):
    assert [q.speaker_name for q in attributor(text).quotes if q.kind != "indirect"] == speakers


#: Quoted words inside the reporter's sentence: whose words they are, if anybody's.
FRAGMENTS = [
    ("Minister Anna Smit sprak van ’een zwarte dag’.", "partial", "Anna Smit"),
    ("Minister Anna Smit had het over ’een historische fout’.", "partial", "Anna Smit"),
    ("De ’onafhankelijke’ commissie bracht dinsdag haar rapport uit.", "scare", None),
    ("Het kabinet is volgens Kamerlid Tom de Wit ’de weg kwijt’.", "partial", "Tom de Wit"),
    ("Kamerlid Tom de Wit omschreef het plan als ’een zootje’.", "partial", "Tom de Wit"),
    # the source word mistagged, and volgens attached to the quoted word by the parser
    ("Het plan is volgens critici ’onuitvoerbaar’.", "partial", "critici"),
    # a passive names what was said, not who said it
    ("In de Kamer werd het plan ’onuitvoerbaar’ genoemd.", "scare", None),
    ("Het besluit werd door minister Anna Smit ’onvermijdelijk’ genoemd.", "partial", "Anna Smit"),
    ("De film ’Zwartboek’ trok veel bezoekers.", "scare", None),
    # an organisation noun before a one-word name makes it an organisation, which "de organisatie" takes up
    ("Milieuorganisatie Greenpeace is minder gerust. De organisatie noemt het beleid ’naïef’.", "partial",
     "Greenpeace"),
]


@pytest.mark.parametrize(("text", "kind", "speaker"), FRAGMENTS)
def test_quoted_fragments(attributor, text, kind, speaker):
    (quote,) = [q for q in attributor(text).quotes if q.kind != "indirect"]
    assert (quote.kind, quote.speaker_name) == (kind, speaker)


#: Titles of works, reports and campaigns are scare quotes: nobody said them.  A capitalised quote
#: after a word that introduces a title (data/title_nouns.txt) or before a year in brackets.
TITLES = [
    ("Zangeres Anna Smit brengt in maart het album ‘Licht Over de Polder’ uit.", "scare", None),
    ("Minister Anna Smit stuurde de Kamer dinsdag het rapport ‘Werk aan de Winkel’.", "scare", None),
    ("De partij trekt de verkiezingen in onder het motto ‘Samen Kunnen We Meer’.", "scare", None),
    ("Schrijver Tom de Wit debuteerde met ‘Het Huis aan de Gracht’ (1998) en schreef daarna nog zes romans.",
     "scare", None),
    # lower case after a title noun, or a bracket that holds no year: words someone used
    ("Minister Anna Smit noemde het rapport ‘een gemiste kans voor het onderwijs’.", "partial", "Anna Smit"),
    ("Kamerlid Tom de Wit sprak van ‘Een Zwarte Dag’ (voor de boeren).", "partial", "Tom de Wit"),
]


@pytest.mark.parametrize(("text", "kind", "speaker"), TITLES)
def test_titles(attributor, text, kind, speaker):
    (quote,) = [q for q in attributor(text).quotes if q.kind != "indirect"]
    assert (quote.kind, quote.speaker_name) == (kind, speaker)


#: Who a role or nationality names when the text varies the name (sports and feature writing), and a
#: headline whose speaker is only a role.
VARIATIONS = [
    ("Trainer Francesco Farioli was niet te spreken. „We waren niet scherp”, zei de Italiaan.",
     "Francesco Farioli"),
    ("AZ-aanvoerder Bruno Martins Indi genoot. „Dit is een mooie zege”, vertelde de verdediger.",
     "Bruno Martins Indi"),
    # a possessive makes the role someone else; an office outside sports never takes up the subject before it
    ("Davenport won ruim. „Ze is er klaar voor”, zei haar coach.", "haar coach"),
    ("Interpay heeft de storing verholpen. „Het werkt weer”, zei de woordvoerster.", "de woordvoerster"),
    ("Minister: ‘De premie stijgt minder hard’\n\nDe zorgpremie stijgt volgend jaar met zes euro. Dat maakte "
     "minister Fleur Agema bekend.", "Fleur Agema"),
    ("De Amerikaan Lance Armstrong won de etappe. „Het was een zware dag”, zei de geletruidrager.",
     "Lance Armstrong"),
    ("Shell-topman Wael Sawan sluit een terugkeer uit. „Die discussie is gesloten”, zei de Shell-baas.",
     "Wael Sawan"),
    ("De Amerikaan Pete Sampras was teleurgesteld. „Hij was gewoon beter”, aldus de titelverdediger.",
     "Pete Sampras"),
]


def test_volgens_with_a_varied_role_takes_up_the_person_just_quoted(attributor):
    text = "„Ik heb niets te verbergen”, zei Louis van Gaal. Volgens de coach wordt hij al maanden onheus bejegend."
    indirect = next(q for q in attributor(text).quotes if q.kind == "indirect")
    assert indirect.speaker_name == "Louis van Gaal"


@pytest.mark.parametrize(("text", "speaker"), VARIATIONS)
def test_a_role_or_nationality_that_varies_the_name(attributor, text, speaker):
    quote = next(q for q in attributor(text, "2025-03").quotes if q.kind == "direct")
    assert quote.speaker_name == speaker


def test_volgens_before_a_verb_tagged_a_noun_reports_the_clause_with_its_quoted_end(attributor):
    text = ("Minister Agema wijst erop dat het zorgvuldig moet. Volgens haar kost een snellere invoering "
            "‘honderden miljoenen die we niet hebben’.")
    quotes = [(q.kind, q.text, q.speaker_name) for q in attributor(text).quotes][1:]
    # the reported clause keeps the closing mark of the fragment it ends with, and the fragment is hers
    assert quotes == [("indirect", "kost een snellere invoering ‘honderden miljoenen die we niet hebben’", "Agema"),
                      ("partial", "honderden miljoenen die we niet hebben", "Agema")]


#: A quote that opens the article, as its own paragraph, and the sentence after it that names the speaker.
LEADS = [
    ("„We moeten nu echt ingrijpen in de woningmarkt.”\n\nDat zegt wethouder Anna Smit van Utrecht. Zij wil meer "
     "sociale huur.", "Anna Smit", "points-back"),
    ("„We moeten nu echt ingrijpen.”\n\nMet die woorden opende wethouder Anna Smit het debat.", "Anna Smit",
     "points-back"),
    ("„We moeten nu echt ingrijpen.”\n\nWethouder Anna Smit is er duidelijk over. De stad bouwt te weinig.",
     "Anna Smit", "next-subject"),
]


@pytest.mark.parametrize(("text", "speaker", "rule"), LEADS)
def test_a_lead_quote_and_the_paragraph_after_it(attributor, text, speaker, rule):
    quote = next(q for q in attributor(text).quotes if q.kind == "direct")
    assert (quote.speaker_name, quote.rule) == (speaker, rule)


#: Unnamed sources and organisations after a quote; plural sources a compact tagger may call participles.
UNNAMED = [
    ("„We onderzoeken de zaak”, aldus een woordvoerder.", "een woordvoerder"),
    ("„We onderzoeken de zaak”, laat het ministerie weten.", "het ministerie"),
    ("„Er vielen geen gewonden”, meldt het ANP.", "ANP"),  # (an abbreviation names the organisation)
    ("„Dit gaat te ver”, klinkt het in Den Haag.", "Den Haag"),
    ("„Dit gaat te ver”, vinden boze omwonenden.", "boze omwonenden"),
    ("„Dit gaat te ver”, zeggen ingewijden.", "ingewijden"),
    ("„Dit gaat te ver”, zegt een Haagse bron.", "een Haagse bron"),
    ("„Dit gaat te ver”, stelt de Raad van State.", "de Raad van State"),
    # a relative clause after the source, which the parser made the cue's subject
    ("„Ik hoorde een knal”, zegt een getuige die langs fietste.", "een getuige"),
    # where it was said is no part of who said it
    ("„Dit gaat te ver”, schrijft de woordvoerster op Instagram.", "de woordvoerster"),
    # a noun of quantity the parser made a second subject
    ("„Dit is onze club”, riepen tientallen supporters.", "supporters"),
]


@pytest.mark.parametrize(("text", "speaker"), UNNAMED)
def test_unnamed_sources_after_a_quote(attributor, text, speaker):
    (quote,) = attributor(text).quotes
    assert quote.speaker_name == speaker


#: What may stand between the cue after a quote and its speaker, or after the speaker.
AFTER_THE_CUE = [
    ("„Het plan is klaar”, zei dinsdag in Den Haag minister Anna Smit.", "Anna Smit"),
    ("„Het plan is klaar”, zegt de 45-jarige Anna Smit.", "Anna Smit"),
    ("„Het plan is klaar”, zegt Smit, die sinds 2022 wethouder is.", "Smit"),
    ("„Het plan is klaar”, zegt de wethouder van Financiën, Anna Smit.", "Anna Smit"),
    ("„Het plan is klaar”, zegt Anna Smit (GroenLinks).", "Anna Smit"),
    ("„Het plan is klaar”, zegt Anna Smit, wethouder van Financiën.", "Anna Smit"),
    ("„Het plan is klaar”, liet D66-leider Rob Jetten weten.", "Rob Jetten"),  # ("weten" parsed apart)
]


@pytest.mark.parametrize(("text", "speaker"), AFTER_THE_CUE)
def test_what_stands_around_the_speaker_after_the_cue(attributor, text, speaker):
    (quote,) = attributor(text).quotes
    assert quote.speaker_name == speaker


#: A quote without a cue after a sentence about someone new is theirs, not the previous speaker's (nor that of
#: someone the sentence reports about).
NEW_SPEAKER_BEFORE = [
    ("„We zoeken getuigen”, zegt politiewoordvoerder Ingrid Verhoeven. Een buurvrouw schrok wakker. „Het hele huis "
     "schudde.”", "Een buurvrouw"),
    ("Doelman Kevin Mulder keert terug. „Hij is fit”, aldus bondscoach Koeman. De 61-jarige zegt dat hij nog "
     "twijfelt. „Daar hak ik volgende week de knoop over door.”", "Koeman"),
    # not someone inside what the sentence before reports, however the parser read the clause
    ("Vader Mark zei na afloop tegen verslaggevers dat de familie vooral antwoorden wil. „Dat willen we weten.”",
     "Mark"),
]


@pytest.mark.parametrize(("text", "speaker"), NEW_SPEAKER_BEFORE)
def test_a_new_speaker_in_the_sentence_before(attributor, text, speaker):
    assert attributor(text, "2025-03").quotes[-1].speaker_name == speaker


def test_the_interviewee_answers_after_someone_else_was_quoted_about_them(attributor):
    text = ("Mila Verhoef zit sinds een jaar in de Tweede Kamer. „Het is zwaar”, zegt ze. „Ik leer elke dag.”\n\n"
            "„Mila doet altijd haar huiswerk,” zegt Kamerlid Tom de Bruin.\n\n"
            "Waar staat u over tien jaar?\n\n„Geen idee. Misschien gewoon hier.”")
    assert attributor(text, "2025-10").quotes[-1].speaker_name == "Mila Verhoef"


def test_the_person_an_interview_introduces_answers_not_the_last_speaker(attributor):
    text = ("Europarlementariër Ilse Bakker (CDA) stemde voor. „Het kon niet anders”, zei ze.\n\n"
            "Europarlementariër Noor Visser (Volt) stemde tegen. Wij spraken haar na afloop.\n\n"
            "Waarom stemde u tegen?\n\n„Omdat we de fabrikanten iets hebben beloofd.”")
    assert [q.speaker_name for q in attributor(text, "2025-10").quotes] == ["Ilse Bakker", "Noor Visser"]


def test_an_organisation_named_with_its_article_is_taken_up_by_its_kind(attributor):
    # "Ook" before the article is no part of the name; "de vereniging" is the association named before
    doc = attributor("Ook de PO-Raad, de vereniging van schoolbesturen, spreekt van een “onthutsend” plan. Volgens "
                     "de vereniging moeten veel scholen nu kiezen tussen grotere klassen en minder hulp.", "2025-06")
    assert [(q.kind, q.speaker_name) for q in doc.quotes] == [("partial", "de PO-Raad"), ("indirect", "de PO-Raad")]


def test_a_cue_between_two_clauses_splits_the_report_in_two(attributor):
    doc = attributor("Europarlementariër Hester Kuiper stemde voor. Het uitstel geeft de industrie lucht, zei Kuiper, "
                     "maar de Commissie moet nu wel leveren op laadpalen.", "2025-06")
    assert [(q.text, q.speaker_name) for q in doc.quotes if q.kind == "indirect"] == [
        ("Het uitstel geeft de industrie lucht", "Hester Kuiper"),
        ("de Commissie moet nu wel leveren op laadpalen", "Hester Kuiper")]


def test_the_interviewee_is_whom_the_paper_says_it_spoke(attributor):
    # the question addresses no one, and the introduction names another person as a subject
    text = ("Rector magnificus prof. dr. Annelies van der Meulen presenteerde de plannen. „We worden gedwongen”, zei "
            "ze.\n\nStudente Noor de Jong (21) was er ook. „Ik voel me een uitstervende soort”, zei ze. De Jong "
            "hoopt haar studie af te maken.\n\nWij spraken de rector na afloop.\n\nWaarom juist deze "
            "opleidingen?\n\n„Omdat ze klein zijn.”")
    assert [q.speaker_name for q in attributor(text, "2025-10").quotes] == [
        "Annelies van der Meulen", "Noor de Jong", "Annelies van der Meulen"]


def test_a_definite_noun_takes_up_the_unnamed_source_it_shortens(attributor):
    doc = attributor("Promovendi werken te veel uren. Dat concludeert een onafhankelijke onderzoekscommissie. De "
                     "commissie spreekt van ’een cultuur van zwijgen’.", "2025-06")
    assert {q.speaker_name for q in doc.quotes} == {"een onafhankelijke onderzoekscommissie"}


def test_an_abbreviation_is_part_of_the_source_it_names(attributor):
    doc = attributor("Een woordvoerder van het OM laat weten dat het OM „tevreden” is.", "2025-05")
    assert {q.speaker_name for q in doc.quotes} == {"Een woordvoerder van het OM"}


def test_a_capitalised_noun_before_a_headline_colon_is_no_speaker(attributor):
    text = ("Explosie bij woning in Charlois: ‘Het hele huis schudde’\n\nIn Rotterdam is een explosief ontploft. "
            "Een buurvrouw schrok wakker. ‘Het hele huis schudde. Ik dacht eerst dat het onweer was.’")
    assert attributor(text, "2025-02").quotes[0].speaker_name == "Een buurvrouw"


def test_a_dat_that_opens_the_cues_own_clause_points_nowhere_back(attributor):
    # "weg" is also a separable particle, and the parser hung the clause from it
    text = ("Minister Marjolein Faber (Asiel en Migratie, PVV) houdt vast aan haar plan om via een noodwet de "
            "asielinstroom te beperken. Tijdens een fel debat in de Tweede Kamer zei ze woensdag dat er „geen andere "
            "weg” is om de crisis in de opvang snel te bezweren.")
    indirect = [q for q in attributor(text, "2024-10-09").quotes if q.kind == "indirect"]
    assert [q.text for q in indirect] == ["er „geen andere weg” is om de crisis in de opvang snel te bezweren"]


#: Names a role or a sentence-opening particle used to cut short or hide.
WHOLE_NAMES = [
    # "van der Meer", whatever the tagger makes of "Meer" (an adverb: "more")
    ("Burgemeester Gerda van der Meer bezocht de opvang. „Wat ik hier zie, is bijzonder”, zei Van der Meer.",
     "Gerda van der Meer"),
    # two first names before "van" after a role: no portfolio ("minister Zalm van Financiën")
    ("’Huren drijven de inflatie op’, aldus CBS-hoofdeconoom Peter Hein van Mulligen.", "Peter Hein van Mulligen"),
    # a surname the text writes with a capital particle elsewhere
    ("Actrice Carice van Houten speelt de hoofdrol. Van Houten zelf vertelt dat ze maanden trainde.",
     "Carice van Houten"),
    # an age before the name after the cue belongs to the name
    ("’Mijn telefoon bleef stil’, zegt de 72-jarige Hans Verbeek, die verderop woont.", "Hans Verbeek"),
    # (a capitalised noun after the age is no name: the age takes up the person just named)
    ("Thymen Arensman eindigde als tiende. \"Dit geeft vertrouwen\", vertelde de 25-jarige Deventenaar.",
     "Thymen Arensman"),
    # "van" after a first name and a surname names whom they are with; after two first names it is a surname's
    ("„We begrijpen de fans”, zegt Jan Smit van Feyenoord.", "Jan Smit"),
    ("„We begrijpen de fans”, zegt Jan Peter van Dijk.", "Jan Peter van Dijk"),
    # a role before the name is no part of it
    ("Rapper Milan de Graaf hield het kort. „Europapa forever”, schreef hij.", "Milan de Graaf"),
    # an organisation of two words before a hyphenated role is no part of the name
    ("„De markt is oververhit”, zegt ABN AMRO-econoom Nora Schouten.", "Nora Schouten"),
    # a role the tagger took for an adverb still names the office a later role noun takes up
    ("Rector Hanneke Vos reageert geschrokken. „Dit is pijnlijk”, zegt de rector.", "Hanneke Vos"),
]


def test_a_sentence_opening_surname_read_as_a_place_is_still_the_subject(attributor):
    # "Van Houten noemt de rol …" parsed like "Van Amsterdam reed de bus …": the text named Carice van Houten
    doc = attributor("Actrice Carice van Houten speelt de hoofdrol.\n\nVan Houten noemt de rol ‘de zwaarste uit mijn "
                     "carrière’. ‘Ik heb er maanden voor getraind.’", "2025-05")
    assert [(q.kind, q.speaker_name) for q in doc.quotes] == [("partial", "Carice van Houten"),
                                                              ("direct", "Carice van Houten")]


#: A definite demonym or profession as the subject of the sentence before a quote takes up the person just named.
INTRODUCING_NOUNS = [
    ("Anis Hadj Moussa maakte de enige goal. De Algerijn was tevreden. ,,Ik voel me steeds beter.''",
     "Anis Hadj Moussa"),
    ("Tadej Pogacar won de etappe. De geletruidrager bleef rustig. \"Er komen nog zware dagen.\"", "Tadej Pogacar"),
    ("Carice van Houten speelt de hoofdrol. De actrice is lovend over de regisseur. ‘Ze laat je vrij.’",
     "Carice van Houten"),
]


@pytest.mark.parametrize(("text", "speaker"), INTRODUCING_NOUNS)
def test_a_noun_introducing_a_quote_takes_up_the_person_just_named(attributor, text, speaker):
    (quote,) = attributor(text, "2025-05").quotes
    assert quote.speaker_name == speaker


def test_a_noun_the_text_never_wrote_as_a_name_is_linked_to_no_politician(attributor):
    # "Deen" is also a Member of Parliament's surname; "de Deen" is a Dane
    doc = attributor("Jonas Vingegaard verloor tijd. De Deen baalde. \"Hij was gewoon sterker.\"", "2025-05")
    assert [(e.kb_id, e.party) for e in doc.entities if "Deen" in e.name] in ([], [(None, None)])


def test_an_interviewee_answers_questions_that_name_someone_else(attributor):
    text = ("CDA-leider Henri Bontenbal ziet zijn partij stijgen. ,,We zijn terug'', zegt hij.\n\n"
            "Premier Schoof noemde het kabinet onlangs 'beter dan zijn reputatie'. Bent u het met hem eens?\n"
            ",,Dat moet hij vooral zelf weten.''\n\n"
            "Wat vindt u van Wilders?\n,,Dat is zijn goed recht.''\n\n"
            "Wilders noemt u 'een slappe middenpartij'.\n,,Hij mag vinden wat hij wil.''")
    doc = attributor(text, "2025-05")
    answers = [q.speaker_name for q in doc.quotes if q.kind == "direct"]
    assert answers == ["Henri Bontenbal"] * 4
    assert [q.speaker_name for q in doc.quotes if q.kind == "partial"] == ["Schoof", "Wilders"]


def test_a_cue_inside_what_another_reports_does_not_continue(attributor):
    doc = attributor("Een woordvoerder van de ondernemingsraad zegt dat de raad twijfelt. „We hebben vragen.”", "2025-05")
    assert [q.speaker_name for q in doc.quotes if q.kind == "direct"] == ["Een woordvoerder van de ondernemingsraad"]


#: Parties written out or as a member noun without an apostrophe.
PARTY_FORMS = [
    ("Statenlid Iris Veldkamp van de Partij voor de Dieren is kritisch. ,,Wij zijn geen vijanden van de boer'', "
     "benadrukte de PvdD'er.", "Iris Veldkamp", "PvdD"),
    ("Raadslid Fatma Yilmaz (GroenLinks) is kritisch. „Dit is te laat”, zegt de GroenLinkser.", "Fatma Yilmaz",
     "GroenLinks"),
    # a minister the day after the resignation the knowledge base dates: the full name still gives the party
    ("Minister Fleur Agema heeft haar ontslag ingediend. \"Ik stop\", zegt ze.", "Fleur Agema", "PVV"),
]


@pytest.mark.parametrize(("text", "speaker", "party"), PARTY_FORMS)
def test_party_forms(attributor, text, speaker, party):
    (quote,) = attributor(text, "2025-06-04").quotes
    assert (quote.speaker_name, quote.speaker.party) == (speaker, party)


def test_a_spokesperson_of_a_named_person_is_someone_else(attributor):
    (quote,) = attributor("„We kijken ernaar”, zegt een woordvoerder van wethouder Ellen de Graaf.", "2025-03").quotes
    assert quote.speaker_name == "een woordvoerder van wethouder Ellen de Graaf"
    assert quote.speaker.kb_id is None


#: Reported clauses the frame around them used to hide.
FRAMED = [
    # a clause after the speaker's comma is not the frame's
    ("Arjan Schuurman is sceptisch. Eerst werden boeren aangemoedigd om te groeien, zegt hij, nu krijgen ze geld om "
     "te verdwijnen.", "Eerst werden boeren aangemoedigd om te groeien", "Arjan Schuurman"),
    # "dat" after a plural noun opens no relative clause
    ("Laurens Dassen verweet de partijen dat ze niets doen.", "ze niets doen", "Laurens Dassen"),
]


@pytest.mark.parametrize(("text", "span", "speaker"), FRAMED)
def test_reported_clauses_in_frames(attributor, text, span, speaker):
    (quote,) = [q for q in attributor(text, "2025-05").quotes if q.kind == "indirect"]
    assert (quote.text, quote.speaker_name) == (span, speaker)


def test_a_quoted_adjective_in_reported_speech_is_the_source_s_word(attributor):
    doc = attributor("Vandermolen laat weten dat het de gesprekken „constructief” wil voeren.", "2025-05")
    assert [(q.kind, q.speaker_name) for q in doc.quotes if q.text == "constructief"] == [("partial", "Vandermolen")]
    # (a quoted noun there is a term)
    doc = attributor("De treinen reden niet omdat het ’treinverkeer’ haperde, aldus de woordvoerster.", "2025-05")
    assert [(q.kind, q.speaker_name) for q in doc.quotes if q.text == "treinverkeer"] == [("scare", None)]


def test_a_quote_naming_someone_is_not_theirs_for_lack_of_a_speaker(attributor):
    doc = attributor("Reacties: \"Wilders heeft Nederland in de steek gelaten\"\n\nWilders zegt dat hij geen keus had.",
                     "2025-06-04")
    assert [(q.kind, q.speaker_name) for q in doc.quotes] == [("direct", None), ("indirect", "Wilders")]


#: Role nouns and the person they stand for among people with akin roles.
AKIN_ROLES = [
    # someone's own coach is not the national coach named before
    ("Bondscoach Rintje Ritsma noemde de ploeg sterk.\n\nJoy Beune ontbrak wegens ziekte. Haar coach liet weten dat "
     "ze volgende week weer traint.", "Haar coach"),
    ("Joy Beune wordt getraind door coach Jan Smit. Haar coach liet weten dat ze volgende week weer traint.",
     "Jan Smit"),
    # a player just named rather than the captain named before
    ("Aanvoerder Quinten Timber was kritisch.\n\nDylan Mertens maakte de gelijkmaker.\n\nDe spits heeft een "
     "aflopend contract. ,,Daar ben ik nu niet mee bezig.''", "Dylan Mertens"),
    ("Aanvoerder Quinten Timber scoorde twee keer. Dylan Mertens gaf de assist. „We waren sterk”, zei de aanvoerder.",
     "Quinten Timber"),
]


@pytest.mark.parametrize(("text", "speaker"), WHOLE_NAMES + AKIN_ROLES)
def test_whole_names_and_akin_roles(attributor, text, speaker):
    # the speaker of the first direct or indirect quote (see the two tables above)
    quote = next(q for q in attributor(text, "2025-05").quotes if q.kind in ("direct", "indirect"))
    assert quote.speaker_name == speaker


def test_a_volgens_source_parsed_as_a_modifier_keeps_the_clause(attributor):
    (quote,) = attributor("De aankoop kostte volgens ingewijden ruim twaalf miljoen euro.", "2025-05").quotes
    assert (quote.kind, quote.speaker_name, quote.text) == (
        "indirect", "ingewijden", "De aankoop kostte volgens ingewijden ruim twaalf miljoen euro")


def test_a_quote_run_on_without_a_reopening_mark_keeps_its_speaker(attributor):
    doc = attributor("Hoogendoorn sprak de medewerkers toe:\n\n„Wij gaan deze strijd samen aan.\n\nAls de directie "
                     "niet beweegt, leggen we de lijnen stil.”", "2025-05")
    assert [(q.kind, q.speaker_name) for q in doc.quotes] == [("direct", "Hoogendoorn")] * 2


#: A definite noun for a person by its ending, speaking right after someone named and quoted.
OCCUPATIONS = [
    ("’Ik rook het pas laat’, zegt Hans Verbeek. De gepensioneerde havenarbeider zegt dat er vorig jaar ook al brand "
     "was.", "Hans Verbeek"),
    # (someone named but not quoted: the noun is someone new)
    ("Anna Smit opende de school. De muziekleraar zegt dat de klassen te vol zijn.", "De muziekleraar"),
]


@pytest.mark.parametrize(("text", "speaker"), OCCUPATIONS)
def test_occupations_after_a_speaker(attributor, text, speaker):
    quote = [q for q in attributor(text, "2025-01").quotes if q.kind == "indirect"][-1]
    assert quote.speaker_name == speaker


def test_an_interviewee_answers_questions_in_paragraphs_of_their_own(attributor):
    text = ("Lijsttrekker Henri Bontenbal kijkt terug op de campagne.\n\nSluit u samenwerking met de PVV uit?\n\n"
            "\"Ja. Die partij is geen betrouwbare partner.\"\n\nGeert Wilders noemt uw plannen \"slap\". Wat zegt u tegen "
            "hem?\n\n\"Dat hij eerst zelf iets moet regelen.\"")
    doc = attributor(text, "2025-10")
    assert [(q.kind, q.speaker_name) for q in doc.quotes] == [
        ("direct", "Henri Bontenbal"), ("partial", "Geert Wilders"), ("direct", "Henri Bontenbal")]


def test_once_the_interview_has_asked_someone_a_question_on_its_own_line_is_the_interviewers(attributor):
    # the second question names a city and addresses no one
    text = ("Burgemeester Sandra Kok vertrekt na acht jaar.\n\nWat gaat u missen?\n\n\"De mensen op de markt.\"\n\n"
            "Wordt Almere ooit af?\n\n\"Nooit. Almere blijft bouwen.\"")
    doc = attributor(text, "2025-10")
    assert [(q.kind, q.speaker_name) for q in doc.quotes] == [("direct", "Sandra Kok"), ("direct", "Sandra Kok")]


#: Parties given in brackets with a portfolio, and written out before a hyphenated role.
PARTIES_AROUND_NAMES = [
    ("Wethouder Fatma Yilmaz (financiën, GroenLinks) zei dat de gemeente moet bezuinigen.", "Fatma Yilmaz",
     "GroenLinks"),
    ("Partij voor de Dieren-fractievoorzitter Esther Ouwehand sprak van \"een wapenwedloop waar niemand beter van "
     "wordt\".", "Esther Ouwehand", "PvdD"),
    # local parties, which the knowledge base does not know, as the text writes them
    ("\"We laten de inwoners in de kou staan\", zegt fractievoorzitter Ilse Brouwer van Leefbaar Deventer.",
     "Ilse Brouwer", "Leefbaar Deventer"),
    ("Raadslid Kees Bakker (Leefbaar Rotterdam) noemt het besluit \"een schande\".", "Kees Bakker",
     "Leefbaar Rotterdam"),
    ("\"Dit had anders gekund\", zegt raadslid Piet Smit van Gemeentebelangen.", "Piet Smit", "Gemeentebelangen"),
    # a national party without its article
    ("\"Dit is slecht nieuws\", zegt Kamerlid Jimmy Dijk van SP.", "Jimmy Dijk", "SP"),
    # the party the sentence before is about, for a party politician the knowledge base does not know
    ("Ook de VVD stemde in. Fractievoorzitter Marloes Tiemstra benadrukte dat de gemeente doorpakt.",
     "Marloes Tiemstra", "VVD"),
    # or that the subject noun names
    ("Ook coalitiepartner CDA twijfelt. Fractievoorzitter Joost Hermans benadrukte dat de gemeente moet wachten.",
     "Joost Hermans", "CDA"),
    # a provincial party the knowledge base does not know
    ("Gedeputeerde Sietske Hoekstra (FNP) stelt dat het veen natter moet.", "Sietske Hoekstra", "FNP"),
    # Belgian parties (foreign_parties.tsv), in brackets, before a hyphenated role and written out there
    (",,We gaan niet besparen op de kinderbijslag'', zegt Gert Janssens (CD&V).", "Gert Janssens", "CD&V"),
    (",,De rekening gaat naar onze kinderen'', zegt N-VA-voorzitter Lies Wouters.", "Lies Wouters", "N-VA"),
    ("Open VLD-voorzitter Karel Mertens vindt dat de regering te weinig snoeit.", "Karel Mertens", "Open VLD"),
    ("Vlaams Belang-fractieleider Johan Peeters noemt het plan ,,een doekje voor het bloeden''.", "Johan Peeters",
     "Vlaams Belang"),
]


@pytest.mark.parametrize(("text", "speaker", "party"), PARTIES_AROUND_NAMES)
def test_parties_around_names(attributor, text, speaker, party):
    (quote,) = attributor(text, "2025-06").quotes
    assert (quote.speaker_name, quote.speaker.party) == (speaker, party)


def test_a_pronoun_of_the_other_gender_is_not_whom_a_role_noun_took_up(attributor):
    # the first name gives the woman's gender from her first mention on
    doc = attributor("Officier van justitie Sandra Mulder eiste acht jaar. De officier wees erop dat Ricardo M. "
                     "dreigbrieven stuurde. Hij schreef dat zijn buurman zou boeten.", "2025-03")
    assert [(q.text, q.speaker_name) for q in doc.quotes] == [
        ("Ricardo M. dreigbrieven stuurde", "Sandra Mulder"), ("zijn buurman zou boeten", "Ricardo M.")]


def test_figures_that_show_something_are_no_source(attributor):
    # "blijken uit" reports a document (see the documents table above), not any noun
    assert not attributor("Uit de cijfers blijkt dat de school tekortschiet.", "2025-05").quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ("De zaak diende in Den Bosch. De voorzitter van de rechtbank, rechter Annelies van Wijk, liet weten dat de "
     "uitspraak over twee weken volgt.", "Annelies van Wijk"),
    ("Buurtbewoner Ria Haasnoot bleef binnen. Haar buurman, de 34-jarige Dennis Vermeulen, vindt dat de ophef "
     "overdreven is.", "Dennis Vermeulen"),
])
def test_a_name_set_off_by_commas_after_its_role_or_age_says_who_speaks(attributor, text, speaker):
    (quote,) = attributor(text, "2025-06").quotes
    assert quote.speaker_name == speaker


def test_quoted_words_in_a_reported_clause_are_the_reporters_not_its_subjects(attributor):
    doc = attributor("Dilan Yeşilgöz verweet Geert Wilders dat hij ’zijn eigen ego boven het land’ stelt.", "2025-06")
    assert [(q.kind, q.speaker_name) for q in doc.quotes] == [("indirect", "Dilan Yeşilgöz"),
                                                             ("partial", "Dilan Yeşilgöz")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("D66-leider Rob Jetten stemt tegen. Een woordvoerder van de VNG zegt dat de gemeenten zich zorgen maken. "
     "„Ter Apel staat vol”, zei hij.", "Een woordvoerder van de VNG"),
    ("Minister Eelco Heinen zei: „Ik begrijp het.” Staatssecretaris Tjebbe van Oostenbruggen werd ook bevraagd. "
     "Volgens de NSC-bewindsman is het probleem technisch. „Het is geen onwil”, zei hij.", "Tjebbe van Oostenbruggen"),
])
def test_the_speaker_of_an_indirect_quote_before_is_there_for_a_pronoun_after_it(attributor, text, speaker):
    # indirect quotes are attributed in text order along with the direct ones
    assert attributor(text, "2025-03").quotes[-1].speaker_name == speaker


@pytest.mark.parametrize(("text", "kind", "speaker"), [
    # a quote-only sentence after an unnamed source's reported clause continues that source
    ("De familie van de doodgeschoten Jordy Verbeek was aanwezig. Een oom van het slachtoffer zei buiten de "
     "rechtszaal dat de excuses te laat komen. ,,Hij heeft een jaar lang gezwegen. Dat is toneel.''", "direct",
     "Een oom van het slachtoffer"),
    # the one asked answers
    ("Premier Dick Schoof beantwoordde vragen. Een journalist vroeg hem of hij genoeg slaapt. „Meer dan u denkt”, "
     "antwoordde hij.", "direct", "Dick Schoof"),
    # a quoted judgement after the object of "vinden", however deep the parser hung it
    ("Nicolien van Vroonhoven vindt het optreden van Wilders „kinderachtig”.", "partial", "Nicolien van Vroonhoven"),
    # one word answered before its cue is direct speech
    ("Is het bedrijf betrapt? \"Nee,\" zegt woordvoerder Daan Hofstede.", "direct", "Daan Hofstede"),
    # a cue with "terug" answered back is still the cue
    ("‘Ik sta hier niet als vijand,’ zei gedeputeerde Erik Hulshof. „Dan had je niet moeten beloven dat alles "
     "anders zou worden,” riep een boer terug.", "direct", "een boer"),
    # the age in brackets after a name is whom "de 61-jarige" means, with "de" parsed as the subject
    ("Burgemeester Jeroen Brink (61) wil graag door.\n\nZijn oud-wethouder Koos Lanting: ,,Hij luistert naar "
     "iedereen.''\n\n\"Ik heb het niet in de hand,\" zegt de 61-jarige.", "direct", "Jeroen Brink"),
    # an unnamed spokeswoman of a named organisation is who "zij" means
    ("„Mijn dochter is ziek,” vertelt Samira El Idrissi.\n\nEen woordvoerster van Waterweg Wonen spreekt dat tegen. "
     "‘Wij nemen elke melding serieus,’ zegt zij.", "direct", "Een woordvoerster van Waterweg Wonen"),
    # a comma closing a relative clause of the subject is no reported clause before the cue
    ("Schilder Tomas Lindqvist, die al twintig jaar in Zwolle woont, noemt de korting \"kortzichtig\".", "partial",
     "Tomas Lindqvist"),
    # a portfolio after the role is no part of the name
    ("Wethouder Sport Hanneke Dijkstra liet weten dat ze pas in de zomer beslist. ,,We steken geen geld in beton'', "
     "zei Dijkstra.", "direct", "Hanneke Dijkstra"),
    # a former office takes up the person named as subject a sentence further back, not today's holder
    ("NAVO-secretaris-generaal Mark Rutte was opgelucht. Alle lidstaten stemden in met de nieuwe norm. \"Dit is een "
     "keerpunt,\" zei de oud-premier.", "direct", "Mark Rutte"),
    # a role at one organisation is not the holder of that role at another named later
    ("Premier Bart De Wever dreigde met ontslag. ,,Ik schuif niets voor me uit,'' zei de N-VA-voorzitter maandag.\n\n"
     "CD&V-voorzitter Sammy Mahdi probeerde te bemiddelen.", "direct", "de N-VA-voorzitter"),
    # the role and its portfolio before the name are no part of it
    ("Minister van Buitenlandse Zaken David van Weel (VVD) noemde het overleg „een begin”. In de Kamer zei hij: "
     "‘We moeten Oekraïne blijven steunen.’", "direct", "David van Weel"),
    ("Dat kiezers vooral betrouwbaarheid willen, bleek in het debat, zoals SGP-voorman Chris Stoffer het verwoordde: "
     "‘De mensen willen dat je doet wat je zegt.’", "direct", "Chris Stoffer"),
    # a party noun takes up the person a pronoun kept the text about
    ("De VVD hield vier zetels. Fractievoorzitter Lotte Hendriks noemde dat een stabiele basis. Zij wil snel met "
     "de andere partijen om tafel. ‘Het is duidelijk wie de kiezer aan zet heeft gebracht,’ aldus de liberaal.",
     "direct", "Lotte Hendriks"),
    # a party noun for a politician abroad names no Dutch party, and "aldus" before an adjective still makes a source
    ("Partijvoorzitter Conner Rousseau van Vooruit wil niet tekenen. ‘Werkende mensen hebben genoeg ingeleverd,’ "
     "aldus de Vlaamse socialist.", "direct", "Conner Rousseau"),
    # a name with a capital inside is an organisation's, with the words after it
    ("VluchtelingenWerk Nederland noemt de wet in een verklaring ‘onmenselijk en onuitvoerbaar’.", "partial",
     "VluchtelingenWerk Nederland"),
])
def test_the_speaker_of_the_last_quote(attributor, text, kind, speaker):
    quote = [q for q in attributor(text, "2025-06").quotes if q.kind != "indirect"][-1]
    assert (quote.kind, quote.speaker_name) == (kind, speaker)


def test_a_party_noun_gives_a_politician_abroad_no_dutch_party(attributor):
    doc = attributor("De Duitse bondskanselier Friedrich Merz was stellig. „Europa moet nu handelen”, zei de "
                     "christendemocraat.", "2025-03")
    (quote,) = doc.quotes
    assert (quote.speaker_name, quote.speaker.party) == ("Friedrich Merz", None)


def test_an_age_with_a_role_takes_up_only_a_subject_the_text_gave_no_other_age(attributor):
    text = ("Burgemeester Anja Visser (58) opende de brug. Wethouder Kees de Boer hield een toespraak. ‘Dit is een "
            "mooie dag,’ zei de 58-jarige burgemeester.")
    assert attributor(text, "2025-03").quotes[-1].speaker_name == "Anja Visser"
