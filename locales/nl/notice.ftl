# Alle vaste tekst van een Nederlandstalige privacyverklaring. Berichten die de sjabloon gebruikt
# mogen Markdown bevatten; berichten waarmee waarden worden opgebouwd (namen, data, termijnen,
# verwijzingen) zijn platte tekst. Terminologie: Nederlandse versie van Verordening (EU) 2016/679.

-gdpr = AVG
language-name = Nederlands

## Data, termijnen, verwijzingen

month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date = { $day } { $month } { $year }

unit-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
unit-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weken
}
unit-months = { $count ->
    [one] { $count } maand
   *[other] { $count } maanden
}
unit-years = { $count } jaar

# Verwijzingsstijl van het Publicatieblad: “artikel 6, lid 1, onder a), AVG”.
cite = artikel { $article }{ $paragraph ->
    [none] {""}
   *[other] , lid { $paragraph },
}{ $point ->
    [none] {""}
   *[other] {" "}onder { $point }),
}
cite-subparagraph = { $cite } tweede alinea,
cite-and = { $first } en { $second }
cite-gdpr = { $cite } { -gdpr }

colon = :{" "}
semicolon = ;{" "}

# Opsommingen: “a, b en c”. Een opsomming waarvan een element een komma, een puntkomma, een
# dubbelepunt of “en” bevat, wordt met opsommingstekens weergegeven.
list-separator = {", "}
list-conjunction = en

act = { $kind ->
    [implementing] { $number ->
        [none] Uitvoeringsbesluit van de Commissie van { $date }
       *[other] Uitvoeringsbesluit { $number } van de Commissie van { $date }
    }
   *[decision] { $number ->
        [none] Besluit van de Commissie van { $date }
       *[other] Besluit { $number } van de Commissie van { $date }
    }
}
act-renewed = { $act }, verlengd op { $date }
act-eu = EU
act-ec = EG

## Bewaring

event-collection = het verzamelen
event-recording = de opname
event-first_contact = het eerste contact
event-last_contact = het laatste contact
event-last_activity = uw laatste activiteit
event-application = uw sollicitatie
event-end_of_contract = het einde van de overeenkomst
event-end_of_relationship = het einde van onze relatie
event-end_of_employment = het einde van de arbeidsrelatie
event-end_of_financial_year = de afsluiting van het boekjaar
event-account_closure = de afsluiting van uw account
event-consent_withdrawal = de intrekking van uw toestemming
retention-after = { $duration } na { $event }
retention-for = { $duration }
retention-exception = langer wanneer { $exception }
retention-category = { $category }: { $retention }

## Rechtsgronden en voorwaarden

# De volledige benamingen volgen op “Rechtsgrond:” midden in een regel: ze beginnen met een kleine letter.
basis-consent = toestemming
basis-contract = uitvoering van een overeenkomst waarbij u partij bent, of maatregelen die op uw verzoek vóór de sluiting van een overeenkomst worden genomen
basis-legal_obligation = nakoming van een wettelijke verplichting die op ons rust
basis-vital_interests = bescherming van uw vitale belangen of die van een andere natuurlijke persoon
basis-public_task = vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag dat aan ons is opgedragen
basis-legitimate_interests = gerechtvaardigde belangen

# Short names, for tables and the summary.
basis-short-consent = Toestemming
basis-short-contract = Overeenkomst
basis-short-legal_obligation = Wettelijke verplichting
basis-short-vital_interests = Vitale belangen
basis-short-public_task = Taak van algemeen belang
basis-short-legitimate_interests = Gerechtvaardigde belangen

special-racial_or_ethnic_origin = ras of etnische afkomst
special-political_opinions = politieke opvattingen
special-religious_or_philosophical_beliefs = religieuze of levensbeschouwelijke overtuigingen
special-trade_union_membership = lidmaatschap van een vakbond
special-genetic = genetische gegevens
special-biometric = biometrische gegevens met het oog op de unieke identificatie van een persoon
special-health = gegevens over gezondheid
special-sex_life_or_orientation = gegevens over seksueel gedrag of seksuele gerichtheid

condition-explicit_consent = uw uitdrukkelijke toestemming
condition-employment = de uitvoering van onze verplichtingen en de uitoefening van specifieke rechten van ons of van u op het gebied van het arbeidsrecht en het socialezekerheids- en socialebeschermingsrecht
condition-vital_interests = de bescherming van uw vitale belangen of die van een andere natuurlijke persoon, wanneer u lichamelijk of juridisch niet in staat bent uw toestemming te geven
condition-not_for_profit = de gerechtvaardigde activiteiten van een instantie zonder winstoogmerk ten aanzien van haar leden
condition-made_public = gegevens die u kennelijk zelf openbaar hebt gemaakt
condition-legal_claims = de instelling, uitoefening of onderbouwing van een rechtsvordering
condition-substantial_public_interest = redenen van zwaarwegend algemeen belang
condition-health_or_social_care = preventieve of arbeidsgeneeskunde, medische diagnosen, of gezondheidszorg of sociale diensten
condition-public_health = redenen van algemeen belang op het gebied van de volksgezondheid
condition-archiving_or_research = archivering in het algemeen belang, wetenschappelijk of historisch onderzoek, of statistische doeleinden

exception-contract = noodzakelijk voor de totstandkoming of de uitvoering van een overeenkomst met u
exception-law = toegestaan bij een bepaling van Unierecht of lidstatelijk recht
exception-explicit_consent = uw uitdrukkelijke toestemming

role-processor = verwerker die in onze opdracht handelt
role-controller = zelfstandige verwerkingsverantwoordelijke
role-joint_controller = gezamenlijke verwerkingsverantwoordelijke
role-authority = overheidsinstantie

provision-statutory = Het verstrekken van deze gegevens is een wettelijke verplichting.
provision-contractual = Het verstrekken van deze gegevens is een contractuele verplichting.
provision-contract_prerequisite = Het verstrekken van deze gegevens is noodzakelijk om een overeenkomst met ons te sluiten.
provision-voluntary = Het verstrekken van deze gegevens is niet verplicht.

source-third_party = Bron: { $name }.
source-third_party-described = Bron: { $name }, { $description }
source-third_party-unnamed = Bron: een derde.
source-public = Bron: { $name }, een openbaar toegankelijke bron.
source-public-unnamed = Bron: openbaar toegankelijke bronnen.
source-public-flag = Deze bron is openbaar toegankelijk.

## Doorgifte buiten de EER

transfer-adequacy = de Europese Commissie heeft vastgesteld dat dit land een passend beschermingsniveau waarborgt ({ $decision }, { $article }).
transfer-adequacy-scope = Dit besluit geldt alleen voor de volgende ontvangers: { $scope }.
transfer-dpf = de ontvanger is gecertificeerd onder het EU-VS-kader voor gegevensbescherming (EU-US Data Privacy Framework), waarvan de Europese Commissie heeft vastgesteld dat het een passend beschermingsniveau waarborgt ({ $decision }, { $article }).
transfer-safeguard = { $safeguard } ({ $article }).
transfer-scc-decision = Het gaat om de standaardbepalingen van { $decision }.
transfer-derogation = de doorgifte berust op een afwijking voor een specifieke situatie: { $derogation } ({ $article }).
transfer-compelling = de doorgifte is noodzakelijk voor dwingende gerechtvaardigde belangen die wij behartigen: { $interests } ({ $article }).
transfer-missing = er is geen doorgiftemechanisme opgegeven.

## Pagina

title-default = Privacyverklaring — { $controller }
effective = Van toepassing vanaf { $date }.
version = Versie { $version }.
intro = In deze privacyverklaring leggen wij uit hoe { $controller } uw persoonsgegevens verwerkt en welke rechten u hebt, zoals de artikelen 13 en 14 van de Algemene Verordening Gegevensbescherming (Verordening (EU) 2016/679, “{ -gdpr }”) voorschrijven.
toc-heading = Inhoud
other-languages = Deze privacyverklaring in andere talen
page-of = Pagina { $page } van { $total }
pdf-controller = Verwerkingsverantwoordelijke: { $name }
pdf-keywords = privacyverklaring, AVG, persoonsgegevens

summary-heading = In het kort
summary-topic = Vraag
summary-answer = Antwoord
summary-who = Wie is verantwoordelijk voor uw gegevens
summary-what = Welke gegevens
summary-why = Waarom, en op welke rechtsgrond
summary-how-long = Hoelang
summary-recipients = Wie ontvangt ze
summary-no-recipients = Niemand buiten onze organisatie
summary-transfers = Doorgifte buiten de Europese Economische Ruimte
summary-no-transfers = Geen
summary-transfers-unknown = Zie het onderdeel over doorgifte
summary-rights = Uw rechten
summary-objection = u kunt bezwaar maken tegen bepaalde verwerkingen: zie “Uw recht van bezwaar”
summary-complaints = Waar kunt u een klacht indienen
basis-missing = geen rechtsgrond opgegeven
retention-missing = geen termijn opgegeven

controller-heading = Verwerkingsverantwoordelijke
controller-intro = De verwerkingsverantwoordelijke voor uw persoonsgegevens is:
trade-names = handelend onder de naam { $names }
company-number = Ondernemingsnummer: { $number }
label-website = Website:
label-email = E-mail:
label-phone = Telefoon:
label-form = Formulier:
label-complaint-page = Klacht indienen:
dpo-intro = U kunt contact opnemen met onze functionaris voor gegevensbescherming:
dpo-none = Wij hebben geen functionaris voor gegevensbescherming aangesteld; met vragen over uw gegevens kunt u bij ons terecht op het adres hierboven.
representative-intro = Onze vertegenwoordiger in de Europese Unie (artikel 27 { -gdpr }) is

joint-heading = Gezamenlijke verwerkingsverantwoordelijken
joint-intro = Voor sommige verwerkingen bepalen wij samen met { $name } de doeleinden en middelen: wij zijn gezamenlijke verwerkingsverantwoordelijken (artikel 26 { -gdpr }).
joint-purposes = Het gaat om: { $purposes }.
joint-essence = De wezenlijke inhoud van onze regeling:
joint-contact-us = { $controller } is uw aanspreekpunt voor deze verwerking.
joint-contact-them = { $name } is uw aanspreekpunt voor deze verwerking.
joint-rights = Ongeacht de voorwaarden van onze regeling kunt u uw rechten uitoefenen met betrekking tot en jegens elk van ons (artikel 26, lid 3, { -gdpr }).
joint-notice = Privacyverklaring van deze verwerkingsverantwoordelijke:

purposes-heading = Waarom wij uw gegevens verwerken
purposes-intro = Per doeleinde vermelden wij de rechtsgrond, de gebruikte gegevens, wie ze ontvangt en hoelang wij ze bewaren.
col-purpose = Doeleinde
col-basis = Rechtsgrond
col-retention = Bewaartermijn
further-processing = Voor dit doeleinde gebruiken wij gegevens die oorspronkelijk voor een ander doeleinde zijn verzameld: { $purpose }.
label-basis = Rechtsgrond:
label-interests = Onze gerechtvaardigde belangen:
label-law = Wettelijke bepaling:
label-special = Bijzondere categorieën van persoonsgegevens:
special-condition = Wij verwerken ze op grond van { $condition } ({ $article }).
special-law = Wettelijke bepaling: { $law }.
label-criminal = Persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten:
criminal-basis = Verwerking toegestaan krachtens { $article }:
label-data = Gebruikte gegevens:
label-recipients = Ontvangers:
label-retention = Bewaartermijn:
label-provision = Bent u verplicht deze gegevens te verstrekken?
# De gevolgen staan in de declaratie met inversie: “kunnen wij …”, “ontvangt u …”.
provision-consequences = Als u ze niet verstrekt, { $consequences }
label-withdraw = Toestemming intrekken:
label-marketing = Direct marketing:
marketing-object = u kunt hiertegen op elk moment bezwaar maken, zonder opgave van redenen: zie “Uw recht van bezwaar”.
label-automated = Geautomatiseerd besluit:
automated-see = zie “Geautomatiseerde besluiten”.
label-rights = Uw rechten voor dit doeleinde:

data-heading = Welke gegevens wij verwerken
data-special = (bijzondere categorie: { $kind })
data-criminal = (persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten)

recipients-heading = Ontvangers van uw gegevens
recipients-intro = Wij verstrekken uw persoonsgegevens alleen aan de volgende ontvangers:
recipient-country = Locatie: { $country }.
recipient-notice = Privacyverklaring van deze ontvanger:
recipients-none = Wij verstrekken uw persoonsgegevens aan niemand buiten onze organisatie.

transfers-heading = Doorgifte buiten de Europese Economische Ruimte
transfers-intro = Sommige ontvangers verwerken uw gegevens buiten de Europese Economische Ruimte (EER). Elke doorgifte is als volgt beschermd:
transfer-copy = Hoe u een kopie van de waarborgen verkrijgt, of waar ze beschikbaar zijn:
transfers-none = Wij geven uw persoonsgegevens niet door buiten de Europese Economische Ruimte (EER).
transfers-unknown = De verklaring vermeldt niet voor elke ontvanger waar uw gegevens worden verwerkt.

automated-heading = Geautomatiseerde besluiten
automated-profiling = Deze verwerking omvat profilering.
label-logic = Onderliggende logica:
label-significance = Belang voor u:
label-consequences = Verwachte gevolgen:
label-exception = Waarom dit besluit is toegestaan:
automated-rights = U hebt het recht op menselijke tussenkomst, het recht uw standpunt kenbaar te maken en het recht het besluit aan te vechten ({ $article }).

processor-heading = Verwerking in opdracht van onze klanten
processor-intro = { $controller } verwerkt ook persoonsgegevens in opdracht van klanten, als verwerker ({ $article }). Voor die verwerkingen is de klant de verwerkingsverantwoordelijke: zijn eigen privacyverklaring is van toepassing en uw verzoeken richt u aan hem.
processor-client-notice = Privacyverklaring van de klant:

cookies-heading = Cookies en vergelijkbare technieken
cookies-intro = Onze website slaat de volgende informatie op uw toestel op of leest ze uit:
col-cookie = Naam
col-provider = Aanbieder
col-duration = Duur
col-consent = Toestemming
cookie-essential = niet nodig (strikt noodzakelijk)
cookie-consent = vereist
cookies-policy = Meer uitleg vindt u in ons cookiebeleid:

security-heading = Beveiliging van uw gegevens
security-intro = Wij beschermen uw persoonsgegevens met passende technische en organisatorische maatregelen, waaronder:

rights-heading = Uw rechten
rights-intro = De { -gdpr } geeft u de volgende rechten met betrekking tot uw persoonsgegevens:
right-access-name = Recht van inzage
right-access-text = u kunt ons vragen of wij gegevens over u verwerken en, zo ja, er een kopie van krijgen, samen met informatie over de verwerking.
right-rectification-name = Recht op rectificatie
right-rectification-text = u kunt onjuiste gegevens laten verbeteren en onvolledige gegevens laten aanvullen.
right-erasure-name = Recht op gegevenswissing
right-erasure-text = u kunt ons vragen uw gegevens te wissen, bijvoorbeeld wanneer ze niet langer nodig zijn voor de doeleinden waarvoor wij ze hebben verzameld.
right-restriction-name = Recht op beperking van de verwerking
right-restriction-text = u kunt ons vragen het gebruik van uw gegevens te beperken, bijvoorbeeld zolang wij de juistheid ervan controleren.
right-portability-name = Recht op overdraagbaarheid van gegevens
right-portability-text = u kunt de gegevens die u ons hebt verstrekt in een gestructureerde, gangbare en machineleesbare vorm ontvangen en ze aan een andere verwerkingsverantwoordelijke doorgeven of, wanneer dat technisch mogelijk is, ons vragen ze rechtstreeks aan die verwerkingsverantwoordelijke door te geven.
right-object-name = Recht van bezwaar
right-object-text = zie “Uw recht van bezwaar” hieronder.
right-withdraw-name = Recht om uw toestemming in te trekken
right-withdraw-text = zie “Uw toestemming intrekken” hieronder.
right-automated-name = Rechten bij geautomatiseerde besluiten
right-automated-text = u hebt het recht niet te worden onderworpen aan een uitsluitend op geautomatiseerde verwerking gebaseerd besluit waaraan voor u rechtsgevolgen zijn verbonden of dat u anderszins in aanmerkelijke mate treft, behoudens de uitzonderingen waarin de { -gdpr } voorziet.
right-complaint-name = Recht om klacht in te dienen
right-complaint-text = zie “Klachten” hieronder.
right-applies-to = Dit recht geldt voor de volgende doeleinden: { $purposes }.
right-except = Dit recht geldt niet voor de volgende doeleinden, voor zover de verwerking noodzakelijk is om te voldoen aan een wettelijke verplichting of voor de vervulling van een taak van algemeen belang: { $purposes }.
rights-how = Om uw rechten uit te oefenen, neemt u contact met ons op:
rights-response = Wij antwoorden onverwijld en in ieder geval binnen een maand na ontvangst van uw verzoek. Afhankelijk van de complexiteit en het aantal verzoeken kan die termijn indien nodig met nog eens twee maanden worden verlengd; in dat geval laten wij u dat binnen een maand na ontvangst van uw verzoek weten, met opgave van redenen ({ $article }). Het uitoefenen van uw rechten is kosteloos. Is een verzoek kennelijk ongegrond of buitensporig, met name vanwege het repetitieve karakter ervan, dan kunnen wij een redelijke vergoeding aanrekenen of weigeren gevolg te geven aan het verzoek ({ $fee_article }).

objection-heading = Uw recht van bezwaar
objection-general = U hebt te allen tijde het recht om vanwege redenen die verband houden met uw specifieke situatie bezwaar te maken tegen de verwerking van uw persoonsgegevens voor de volgende doeleinden: { $purposes } ({ $article }). Wij staken dan de verwerking van uw persoonsgegevens, tenzij wij dwingende gerechtvaardigde gronden voor de verwerking aanvoeren die zwaarder wegen dan uw belangen, rechten en vrijheden, of die verband houden met de instelling, uitoefening of onderbouwing van een rechtsvordering.
objection-marketing = U hebt te allen tijde het recht om, zonder opgave van redenen, bezwaar te maken tegen de verwerking van uw persoonsgegevens voor direct marketing, met inbegrip van profilering die daarmee verband houdt: { $purposes } ({ $article }). Wij verwerken uw persoonsgegevens dan niet meer voor direct marketing.
objection-how = Om bezwaar te maken, neemt u contact met ons op:

consent-heading = Uw toestemming intrekken
consent-text = Wanneer wij uw gegevens op basis van uw toestemming verwerken ({ $purposes }), kunt u die toestemming op elk moment intrekken, even eenvoudig als u ze hebt gegeven ({ $article }). De intrekking laat de rechtmatigheid van de verwerking op basis van de toestemming vóór de intrekking onverlet.

complaint-heading = Klachten
complaint-text = Bent u van oordeel dat de verwerking van uw persoonsgegevens inbreuk maakt op de { -gdpr }, dan hebt u het recht een klacht in te dienen bij een toezichthoudende autoriteit, in het bijzonder in de lidstaat waar u gewoonlijk verblijft, waar u uw werkplek hebt of waar de beweerde inbreuk is begaan ({ $article }).
complaint-authority = De toezichthoudende autoriteit die voor ons bevoegd is:

changes-heading = Wijzigingen van deze privacyverklaring
changes-default = Wijzigingen van deze privacyverklaring publiceren wij op deze pagina, met de nieuwe datum van inwerkingtreding.
history-intro = Vorige versies:

## Wat organisaties zeggen naast de verplichte vermeldingen (opslagplaats, vertrouwelijkheid, naleving…)

source-data_subject = Wijze van verzameling: { $description }
separate-intro = De volgende punten worden in afzonderlijke documenten geregeld:
recipient-group = lid van onze groep
recipient-list = De lijst van deze ontvangers:
disclosure-no-sale = Wij verkopen uw persoonsgegevens niet.
disclosure-conditions = Voor de verstrekking van uw gegevens gelden bovendien de volgende regels:
storage-heading = Waar uw gegevens worden opgeslagen
storage-intro = Wij slaan uw persoonsgegevens op de volgende plaatsen op:
storage-provider = dienstverlener: { $provider }
storage-eea-only = Al deze plaatsen bevinden zich in de Europese Economische Ruimte (EER).
confidentiality-intro = Binnen onze organisatie is de toegang tot uw gegevens als volgt geregeld:
compliance-heading = Wettelijk kader en toezicht
compliance-laws = Wij leven in het bijzonder de volgende regelgeving na:
compliance-principles = In het bijzonder verbinden wij ons tot het volgende:
compliance-oversight = Op de naleving van deze regels wordt als volgt toegezien:
paper-copy = Op verzoek sturen wij u een papieren versie van deze privacyverklaring toe.
glossary-heading = Begrippenlijst
rights-post = U kunt ook schrijven naar het volgende adres: { $address }.

## Illustration: a published notice completed with assumptions
illustration-heading = Illustratie.
illustration-text = Dit is niet de tekst van de organisatie zelf: hij neemt de feiten over uit een gepubliceerde privacyverklaring en vult die aan met veronderstellingen, hieronder opgesomd, waar de wet informatie vereist die het origineel niet geeft.
