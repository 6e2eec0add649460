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

unit-minutes = { $count ->
    [one] { $count } minuut
   *[other] { $count } minuten
}
unit-hours = { $count } uur
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
# Levensduur van een sessiecookie.
lifetime-session = tot het einde van uw bezoek

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

# “Label: tekst”; “Label:” vóór een lijst.
colon = :{" "}
colon-list = :

# Opsommingen: “a, b en c”. Een opsomming waarvan een element een komma, een puntkomma, een
# dubbelepunt of “en” bevat, wordt met opsommingstekens weergegeven.
list-separator = {", "}
list-conjunction = en
# Een naam ("Contactgegevens") krijgt in een zin een kleine beginletter, tenzij hij met een
# afkorting begint; `as-written` zou hem ongewijzigd laten.
name-in-sentence = lower

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

# Eén naam per rechtsgrond, met een kleine letter: de verklaring zet een hoofdletter waar de
# naam een regel opent, en voegt er meerdere samen (“nakoming van een wettelijke verplichting en …”).
basis-consent = toestemming
basis-contract = uitvoering van een overeenkomst
basis-legal_obligation = wettelijke verplichting
basis-vital_interests = vitale belangen
basis-public_task = taak van algemeen belang
basis-legitimate_interests = gerechtvaardigde belangen
basis-missing = geen rechtsgrond opgegeven
retention-missing = geen termijn opgegeven

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

# Artikel 13, lid 2, onder e): is het verstrekken vereist, en bent u verplicht de gegevens te verstrekken?
# Onder een doeleinde dat zijn gegevens niet opsomt ($data = none), noemt de zin ze zelf.
provision-statutory = { $data ->
    [none] het verstrekken van uw gegevens is wettelijk verplicht
   *[listed] verstrekking is wettelijk verplicht
}
provision-contractual = { $data ->
    [none] het verstrekken van uw gegevens is contractueel verplicht
   *[listed] verstrekking is contractueel verplicht
}
provision-contract_prerequisite = { $data ->
    [none] het verstrekken van uw gegevens is vereist om de overeenkomst te sluiten
   *[listed] verstrekking is vereist om de overeenkomst te sluiten
}
provision-voluntary = { $data ->
    [none] u bent niet verplicht uw gegevens te verstrekken
   *[listed] verstrekking is niet verplicht
}
provision-alone = { $requirement }.
# Het veld `consequences` van de declaratie is de hoofdzin na “zonder deze gegevens”, met
# inversie: “kunnen wij …”, “ontvangt u …”.
provision-if-not = { $requirement }; zonder deze gegevens { $consequences }
source-third_party = Bron: { $name }.
source-third_party-described = Bron: { $name }, { $description }
source-third_party-unnamed = Bron: een derde.
source-public = Bron: { $name }, een openbaar toegankelijke bron.
source-public-unnamed = Bron: openbaar toegankelijke bronnen.
source-public-flag = Deze bron is openbaar toegankelijk.
source-data_subject = Wijze van verzameling: { $description }

## Doorgifte buiten de EER

transfer-adequacy = de Europese Commissie heeft vastgesteld dat { $destination ->
        [international_organisation] deze internationale organisatie
       *[other] dit land
    } een passend beschermingsniveau waarborgt ({ $decision }, { $article }).
transfer-adequacy-scope = Dit besluit geldt alleen voor de volgende ontvangers: { $scope }.
transfer-dpf = de ontvanger is gecertificeerd onder het EU-VS-kader voor gegevensbescherming, waarvoor de Europese Commissie een passend beschermingsniveau heeft vastgesteld ({ $decision }, { $article }).
transfer-safeguard = { $safeguard } ({ $article }).
transfer-scc-decision = Het gaat om de standaardbepalingen van { $decision }.
transfer-derogation = de doorgifte berust op een afwijking voor een specifieke situatie: { $derogation } ({ $article }).
transfer-compelling = de doorgifte is noodzakelijk voor dwingende gerechtvaardigde belangen die wij behartigen: { $interests } ({ $article }).
transfer-missing = er is geen doorgiftemechanisme opgegeven.

## Pagina

title-default = Privacyverklaring — { $controller }
effective = Van toepassing vanaf { $date }.
version = Versie { $version }.
# Wanneer de declaratie geen eigen inleiding heeft.
intro = In deze privacyverklaring leggen wij, { $controller }, uit hoe wij uw persoonsgegevens verwerken en welke rechten u hebt volgens de Algemene Verordening Gegevensbescherming (Verordening (EU) 2016/679, “{ -gdpr }”).
toc-heading = Inhoud
other-languages = Deze privacyverklaring in andere talen
page-of = Pagina { $page } van { $total }
pdf-controller = Verwerkingsverantwoordelijke: { $name }
pdf-keywords = privacyverklaring, AVG, persoonsgegevens
separate-intro = In afzonderlijke documenten geregeld:

## Eerste laag: de antwoorden die op één scherm passen

summary-heading = In het kort
summary-who = Verwerkingsverantwoordelijke:
summary-why = Doeleinden, rechtsgronden en bewaartermijnen:
summary-recipients = Ontvangers:
summary-no-recipients = niemand buiten onze organisatie.
recipients-summary-processor = { $count ->
    [one] onze verwerker
   *[other] onze verwerkers
}
recipients-summary-controller = { $count ->
    [one] een zelfstandige verwerkingsverantwoordelijke
   *[other] zelfstandige verwerkingsverantwoordelijken
}
recipients-summary-joint_controller = { $count ->
    [one] een gezamenlijke verwerkingsverantwoordelijke
   *[other] gezamenlijke verwerkingsverantwoordelijken
}
recipients-summary-authority = { $count ->
    [one] een overheidsinstantie
   *[other] overheidsinstanties
}
recipients-summary-see = zie “Wie uw gegevens ontvangt”
recipients-summary-other = { $count ->
    [one] een andere ontvanger
   *[other] andere ontvangers
}
summary-transfers = Doorgifte buiten de Europese Economische Ruimte:
summary-no-transfers = geen.
summary-transfers-unknown = niet voor elke ontvanger vermeld.
summary-rights = Uw rechten uitoefenen:
summary-objection = U kunt op elk moment bezwaar maken tegen bepaalde verwerkingen: zie “Uw recht van bezwaar”.
summary-complaint = Klachten:
## Verwerkingsverantwoordelijke

controller-heading = Verwerkingsverantwoordelijke
trade-names = { $count ->
    [one] handelend onder de naam { $names }
   *[other] handelend onder de namen { $names }
}
company-number = Ondernemingsnummer: { $number }
label-website = Website:
label-email = E-mail:
label-phone = Telefoon:
label-form = Formulier:
label-complaint-page = Klacht indienen:
dpo-intro = Onze functionaris voor gegevensbescherming:
dpo-none = Wij hebben geen functionaris voor gegevensbescherming aangesteld.
representative-intro = Onze vertegenwoordiger in de Europese Unie (artikel 27 { -gdpr }):

joint-heading = Gezamenlijke verwerkingsverantwoordelijkheid
joint-intro = Voor sommige verwerkingen bepalen wij samen met { $name } de doeleinden en middelen: wij zijn gezamenlijke verwerkingsverantwoordelijken (artikel 26 { -gdpr }).
joint-contact = Contact met { $name }:
joint-essence = De wezenlijke inhoud van onze regeling:
joint-contact-us = { $controller } is uw aanspreekpunt voor deze verwerking.
joint-contact-them = { $name } is uw aanspreekpunt voor deze verwerking.
joint-rights = Ongeacht de voorwaarden van onze regeling kunt u uw rechten bij elk van ons uitoefenen (artikel 26, lid 3, { -gdpr }).
joint-notice = Privacyverklaring van deze verwerkingsverantwoordelijke:

## Doeleinden in detail

purposes-heading = Waarom wij uw gegevens verwerken
further-processing = Voor dit doeleinde gebruiken wij gegevens die oorspronkelijk voor een ander doeleinde zijn verzameld: { $purpose }.
label-interests = Gerechtvaardigde belangen:
label-law = Wettelijke bepaling:
label-special = { $count ->
    [one] Bijzondere categorie van persoonsgegevens:
   *[other] Bijzondere categorieën van persoonsgegevens:
}
label-condition = Voorwaarde voor de verwerking ({ $article }):
special-law = Wettelijke bepaling: { $law }.
label-criminal = Persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten:
label-data = Gegevens:

data-heading = Verwerkte gegevens
data-special = Bijzondere categorie: { $kind }.
data-criminal = Persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten.
col-purpose = Doeleinde

## Ontvangers

recipients-heading = Wie uw gegevens ontvangt
recipients-role-processor = { $count ->
    [one] **Verwerker**, die uw gegevens namens ons verwerkt:
   *[other] **Verwerkers**, die uw gegevens namens ons verwerken:
}
recipients-role-controller = { $count ->
    [one] **Zelfstandige verwerkingsverantwoordelijke**, die uw gegevens voor eigen doeleinden gebruikt:
   *[other] **Zelfstandige verwerkingsverantwoordelijken**, die uw gegevens voor eigen doeleinden gebruiken:
}
recipients-role-joint_controller = { $count ->
    [one] **Gezamenlijke verwerkingsverantwoordelijke** (zie “Gezamenlijke verwerkingsverantwoordelijkheid”):
   *[other] **Gezamenlijke verwerkingsverantwoordelijken** (zie “Gezamenlijke verwerkingsverantwoordelijkheid”):
}
recipients-role-authority = { $count ->
    [one] **Overheidsinstantie:**
   *[other] **Overheidsinstanties:**
}
recipients-role-other = { $count ->
    [one] **Andere ontvanger:**
   *[other] **Andere ontvangers:**
}
recipients-none = Wij verstrekken uw persoonsgegevens aan niemand buiten onze organisatie.
recipient-group = lid van onze groep
recipient-list = De lijst van deze ontvangers:
recipient-notice = Privacyverklaring van deze ontvanger:
disclosure-no-sale = Wij verkopen uw persoonsgegevens niet.
disclosure-conditions = Daarnaast geldt:

storage-heading = Waar uw gegevens worden opgeslagen
storage-provider = dienstverlener: { $provider }
storage-eea-only = Al deze plaatsen bevinden zich in de Europese Economische Ruimte (EER).

transfers-heading = Uw gegevens buiten de Europese Economische Ruimte
transfer-copy = Kopie van de waarborgen:
transfer-more = Meer informatie:

automated-heading = Geautomatiseerde besluitvorming
automated-profiling = Deze verwerking omvat profilering.
label-logic = Onderliggende logica:
label-significance = Wat dit voor u betekent:
label-consequences = Verwachte gevolgen:
label-exception = Waarom dit besluit is toegestaan:
# Artikel 22, lid 2, onder b): de wet die het besluit toestaat, voorziet zelf in de waarborgen.
automated-law = De wet die dit besluit toestaat, voorziet in passende maatregelen ter bescherming van uw rechten en vrijheden en uw gerechtvaardigde belangen ({ $article }).
automated-rights = U hebt het recht op menselijke tussenkomst, het recht uw standpunt kenbaar te maken en het recht het besluit aan te vechten ({ $article }).

processor-heading = Wanneer wij verwerker zijn
processor-intro = Voor de volgende activiteiten zijn wij verwerker van een klant ({ $article }): die klant is de verwerkingsverantwoordelijke; richt uw verzoeken tot hem.
processor-client-notice = Privacyverklaring van de klant:

cookies-heading = Cookies en vergelijkbare technieken
col-cookie = Naam
col-provider = Aanbieder
col-duration = Duur
col-consent = Toestemming
cookie-essential = niet vereist (strikt noodzakelijk)
cookie-consent = vereist
cookies-policy = Meer uitleg vindt u in ons cookiebeleid:

security-heading = Beveiliging
security-intro = Onze beveiligingsmaatregelen:
confidentiality-intro = Binnen onze organisatie:
compliance-heading = Wettelijk kader en toezicht
compliance-laws = Toepasselijke regelgeving:
compliance-principles = Onze verbintenissen:
compliance-oversight = Toezicht op onze naleving:

## Rechten

rights-heading = Uw rechten
right-access-name = Recht van inzage
right-access-text = weten of wij gegevens over u verwerken en er een kopie van krijgen.
right-rectification-name = Recht op rectificatie
right-rectification-text = uw gegevens laten verbeteren of aanvullen.
right-erasure-name = Recht op gegevenswissing
right-erasure-text = uw gegevens laten wissen, met name wanneer ze niet langer nodig zijn.
right-restriction-name = Recht op beperking van de verwerking
right-restriction-text = het gebruik van uw gegevens laten beperken.
right-portability-name = Recht op overdraagbaarheid van gegevens
right-portability-text = de gegevens die u ons hebt verstrekt in een gestructureerde, gangbare en machineleesbare vorm ontvangen en ze aan een andere verwerkingsverantwoordelijke doorgeven of laten doorgeven.
right-object-name = Recht van bezwaar
right-object-text = zie “Uw recht van bezwaar”.
right-withdraw-name = Recht om uw toestemming in te trekken
right-withdraw-text = op elk moment en even eenvoudig als u ze hebt gegeven, zonder gevolgen voor de rechtmatigheid van de eerdere verwerking.
right-automated-name = Rechten bij geautomatiseerde besluiten
right-automated-text = zie “Geautomatiseerde besluitvorming”.
purposes-concerned = { $count ->
    [one] Betrokken doeleinde:
   *[other] Betrokken doeleinden:
}
right-except = Dit recht geldt niet voor verwerkingen die wettelijk verplicht zijn of nodig voor een taak van algemeen belang:
rights-post = Verzoeken per post:
rights-response = Wij antwoorden onverwijld, uiterlijk binnen een maand (drie maanden bij complexe of talrijke verzoeken); het uitoefenen van uw rechten is kosteloos, behalve bij een kennelijk ongegrond of buitensporig verzoek ({ $article }).
objection-heading = Uw recht van bezwaar
objection-general = U kunt op elk moment, om redenen die verband houden met uw specifieke situatie, bezwaar maken tegen de verwerking van uw persoonsgegevens ({ $article }); wij staken die verwerking dan, tenzij wij dwingende gerechtvaardigde gronden aanvoeren die zwaarder wegen dan uw belangen, rechten en vrijheden, of de verwerking nodig is voor de instelling, uitoefening of onderbouwing van een rechtsvordering.
objection-marketing = U kunt op elk moment, zonder opgave van redenen, bezwaar maken tegen de verwerking van uw persoonsgegevens voor direct marketing, met inbegrip van profilering die daarmee verband houdt ({ $article }); wij staken die verwerking dan.
complaint-heading = Klacht indienen
complaint-text = U kunt een klacht indienen bij een toezichthoudende autoriteit, met name in de lidstaat waar u gewoonlijk verblijft, waar u werkt of waar de beweerde inbreuk plaatsvond ({ $article }).
complaint-authority = De voor ons bevoegde autoriteit is:

changes-heading = Wijzigingen
changes-default = Wijzigingen van deze privacyverklaring publiceren wij op deze pagina, met de nieuwe datum van inwerkingtreding.
paper-copy = Op verzoek sturen wij u een papieren versie van deze privacyverklaring toe.
history-intro = Vorige versies:
glossary-heading = Begrippenlijst

## Illustration: a published notice completed with assumptions
illustration-heading = Illustratie.
illustration-text = Deze tekst is niet die van de organisatie zelf: hij neemt de feiten over uit een gepubliceerde privacyverklaring en vult die aan met veronderstellingen, hieronder opgesomd, waar de wet informatie vereist die het origineel niet geeft.

## Betrokkenen, herkomst van de gegevens per groep, verwerkingen voor klanten
subjects-heading = Betrokkenen
label-subjects = Betrokkenen:
subjects-others = andere betrokkenen
# De naam van een groep betrokkenen die alleen met haar soort is opgegeven.
subjects-kind-customers = Klanten
subjects-kind-prospects = Potentiële klanten
subjects-kind-employees = Personeelsleden
subjects-kind-job_applicants = Sollicitanten
subjects-kind-website_visitors = Bezoekers van onze website
subjects-kind-client_representatives = Contactpersonen bij onze klanten
subjects-kind-end_users = Gebruikers van de diensten die wij voor onze klanten verlenen
subjects-kind-patients = Patiënten
subjects-kind-pupils = Leerlingen
subjects-kind-members = Leden
subjects-kind-suppliers = Leveranciers en hun personeel
subjects-kind-visitors = Bezoekers van onze lokalen
# Gegevens die onze eigen systemen genereren of vastleggen wanneer iemand onze diensten gebruikt
# of in onze lokalen komt: door observatie verkregen, niet verstrekt.
source-observed = Bron: onze eigen systemen.
source-observed-described = Bron: onze eigen systemen ({ $description }).
# Wanneer de bron per groep betrokkenen verschilt, noemt elke zin de groepen waarover hij gaat.
source-third_party-for = Bron ({ $subjects }): { $name }.
source-third_party-described-for = Bron ({ $subjects }): { $name }, { $description }
source-third_party-unnamed-for = Bron ({ $subjects }): een derde.
source-public-for = Bron ({ $subjects }): { $name }, een openbaar toegankelijke bron.
source-public-unnamed-for = Bron ({ $subjects }): openbaar toegankelijke bronnen.
source-data_subject-for = Wijze van verzameling ({ $subjects }): { $description }
source-data_subject-plain-for = Wij verzamelen ze bij u ({ $subjects }).
source-observed-for = Bron ({ $subjects }): onze eigen systemen.
source-observed-described-for = Bron ({ $subjects }): onze eigen systemen ({ $description }).
# Artikel 13, lid 2, onder e), voor één categorie van een doeleinde, of voor de groepen die de
# gegevens zelf verstrekken.
provision-scoped = { $whom }: { $provision }
label-retention = Bewaartermijn:
label-sub-processors = Onze subverwerkers:
label-instructions = Instructies van de klant:

## Wijzigingen tussen versies: `notice diff`, en de samenvattingen die de build in de
## geschiedenis schrijft. Argumenten: $op (added, removed, changed, reordered, longer, shorter),
## $subject (het betrokken doeleinde, de ontvanger of categorie), $old en $new (de waarden vóór en
## na, verwoord zoals in de verklaring), $where (het pad). Elk bericht is een volzin.
diff-title = Wijzigingen
diff-nothing = Geen wijziging.
diff-class-material = wezenlijk
diff-class-editorial = redactioneel
diff-heading-material = Wezenlijke wijzigingen
diff-heading-editorial = Redactionele wijzigingen
diff-compared = { $status ->
    [added] { $new } ({ $id }): nieuwe privacyverklaring
    [removed] { $old } ({ $id }): privacyverklaring ingetrokken
   *[other] { $new } ({ $id }), vergeleken met { $old }
}
diff-summary = { $material ->
    [one] 1 wezenlijke wijziging
   *[other] { $material } wezenlijke wijzigingen
} en { $editorial ->
    [one] 1 redactionele wijziging
   *[other] { $editorial } redactionele wijzigingen
} in { $count ->
    [one] 1 privacyverklaring
   *[other] { $count } privacyverklaringen
}
diff-none = geen
diff-unnamed = aangewezen, naam niet vermeld
diff-not-stated = niet vermeld
history-replaced = { $count ->
    [0] Vervangen op { $date }, met uitsluitend redactionele wijzigingen.
   *[other] Vervangen op { $date }.
}
diff-declaration = { $op ->
    [added] Nieuwe privacyverklaring.
   *[other] Privacyverklaring ingetrokken.
}
diff-purpose = { $op ->
    [added] Nieuw doeleinde: { $subject }.
   *[other] Doeleinde stopgezet: { $subject }.
}
diff-basis = { $op ->
    [added] { $subject }: nieuwe rechtsgrond: { $new }.
   *[other] { $subject }: de verwerking berust niet langer op deze rechtsgrond: { $old }.
}
diff-special-condition = { $op ->
    [added] { $subject }: nieuwe voorwaarde voor de verwerking van bijzondere categorieën van persoonsgegevens: { $new }.
    [removed] { $subject }: deze voorwaarde voor de verwerking van bijzondere categorieën van persoonsgegevens wordt niet langer ingeroepen: { $old }.
   *[other] { $subject }: voorwaarde voor de verwerking van bijzondere categorieën van persoonsgegevens gewijzigd: { $new } (voorheen: { $old }).
}
diff-data-subject = { $op ->
    [added] Nieuwe categorie betrokkenen: { $subject }.
   *[other] Categorie betrokkenen van wie wij geen gegevens meer verwerken: { $subject }.
}
diff-purpose-subjects = { $op ->
    [added] { $subject }: voortaan worden ook de gegevens van deze betrokkenen verwerkt: { $new }.
   *[other] { $subject }: de gegevens van deze betrokkenen worden niet langer verwerkt: { $old }.
}
diff-purpose-data = { $op ->
    [added] { $subject }: voortaan worden ook deze gegevens gebruikt: { $new }.
   *[other] { $subject }: deze gegevens worden niet langer gebruikt: { $old }.
}
diff-purpose-recipient = { $op ->
    [added] { $subject }: de gegevens worden voortaan ook verstrekt aan { $new }.
   *[other] { $subject }: de gegevens worden niet langer verstrekt aan { $old }.
}
diff-retention = { $op ->
    [longer] { $subject }: langere bewaartermijn: { $new } (voorheen: { $old }).
    [shorter] { $subject }: kortere bewaartermijn: { $new } (voorheen: { $old }).
    [added] { $subject }: bewaartermijn voortaan vermeld: { $new }.
    [removed] { $subject }: bewaartermijn geschrapt (voorheen: { $old }).
   *[other] { $subject }: bewaartermijn gewijzigd: { $new } (voorheen: { $old }).
}
diff-marketing = { $op ->
    [added] { $subject }: de gegevens worden voortaan ook gebruikt voor direct marketing.
   *[other] { $subject }: de gegevens worden niet langer gebruikt voor direct marketing.
}
diff-automated = { $op ->
    [added] { $subject }: invoering van geautomatiseerde besluitvorming.
    [removed] { $subject }: einde van de geautomatiseerde besluitvorming.
   *[other] { $subject }: geautomatiseerde besluitvorming gewijzigd.
}
diff-provision = { $subject }: of u deze gegevens moet verstrekken, is gewijzigd.
diff-further = { $op ->
    [removed] { $subject }: wordt niet langer als verdere verwerking vermeld.
   *[other] { $subject }: verdere verwerking van gegevens die voor dit doeleinde zijn verzameld: { $new }.
}
diff-right = { $op ->
    [added] { $subject }: u hebt voortaan dit recht: { $new }.
   *[other] { $subject }: u hebt dit recht niet langer: { $old }.
}
diff-category = { $op ->
    [added] Nieuwe categorie persoonsgegevens: { $subject }.
   *[other] Categorie persoonsgegevens die niet langer wordt verwerkt: { $subject }.
}
diff-category-nature = { $subject }: of deze gegevens tot een bijzondere categorie behoren of betrekking hebben op strafrechtelijke veroordelingen en strafbare feiten, is gewijzigd.
diff-category-source = { $subject }: de bron van deze gegevens is gewijzigd.
diff-recipient = { $op ->
    [added] Nieuwe ontvanger: { $subject }{ $new }.
   *[other] Niet langer ontvanger: { $subject }.
}
diff-recipient-identity = { $op ->
    [added] { $subject }: ontvanger voortaan aangeduid als { $new }.
    [removed] { $subject }: ontvanger niet langer aangeduid als { $old }.
   *[other] { $subject }: ontvanger voortaan { $new } (voorheen: { $old }).
}
diff-recipient-role = { $subject }: de rol van deze ontvanger is gewijzigd.
diff-recipient-country = { $op ->
    [added] { $subject }: land waar de gegevens worden verwerkt: { $new }.
    [removed] { $subject }: land waar de gegevens worden verwerkt, niet langer vermeld (voorheen: { $old }).
   *[other] { $subject }: land waar de gegevens worden verwerkt: { $new } (voorheen: { $old }).
}
diff-transfer = { $op ->
    [added] { $subject }: nieuwe grondslag voor de doorgifte: { $new }.
    [removed] { $subject }: de doorgifte berust niet langer op deze grondslag: { $old }.
   *[other] { $subject }: grondslag voor de doorgifte gewijzigd: { $new } (voorheen: { $old }).
}
diff-controller = { $op ->
    [added] Verwerkingsverantwoordelijke: { $new }.
   *[other] Verwerkingsverantwoordelijke: { $new } (voorheen: { $old }).
}
diff-controller-status = Of de verwerkingsverantwoordelijke een overheidsinstantie is, is gewijzigd.
diff-dpo = { $op ->
    [added] Functionaris voor gegevensbescherming: { $new }.
    [removed] Functionaris voor gegevensbescherming: naam niet langer vermeld (voorheen: { $old }).
   *[other] Functionaris voor gegevensbescherming: { $new } (voorheen: { $old }).
}
diff-representative = { $op ->
    [added] Vertegenwoordiger in de Unie: { $new }.
    [removed] Vertegenwoordiger in de Unie: niet langer vermeld (voorheen: { $old }).
   *[other] Vertegenwoordiger in de Unie: { $new } (voorheen: { $old }).
}
diff-joint-controller = { $op ->
    [added] Nieuwe gezamenlijke verwerkingsverantwoordelijke: { $subject }.
   *[other] Niet langer gezamenlijke verwerkingsverantwoordelijke: { $subject }.
}
diff-joint-controller-identity = { $op ->
    [added] Gezamenlijke verwerkingsverantwoordelijke: { $new }.
    [removed] { $subject }: gegevens van de gezamenlijke verwerkingsverantwoordelijke geschrapt (voorheen: { $old }).
   *[other] Gezamenlijke verwerkingsverantwoordelijke: { $new } (voorheen: { $old }).
}
diff-joint-purpose = { $op ->
    [added] { $subject }: voortaan ook gezamenlijk verantwoordelijk voor dit doeleinde: { $new }.
   *[other] { $subject }: niet langer gezamenlijk verantwoordelijk voor dit doeleinde: { $old }.
}
diff-joint-contact-point = { $subject }: de verwerkingsverantwoordelijke tot wie u uw verzoeken richt, is gewijzigd.
diff-authority = { $op ->
    [added] Toezichthoudende autoriteit: { $new }.
   *[other] Toezichthoudende autoriteit: { $new } (voorheen: { $old }).
}
diff-tracker = { $op ->
    [added] Nieuwe cookie of tracker: { $subject }.
   *[other] Cookie of tracker niet langer gebruikt: { $subject }.
}
diff-tracker-detail = { $subject }: de plaatser van deze cookie of tracker, de ontvanger van de gegevens ervan of het vereiste van uw toestemming is gewijzigd.
diff-tracker-duration = { $op ->
    [longer] { $subject }: blijft langer op uw apparaat: { $new } (voorheen: { $old }).
    [shorter] { $subject }: blijft korter op uw apparaat: { $new } (voorheen: { $old }).
    [added] { $subject }: blijft { $new } op uw apparaat.
    [removed] { $subject }: bewaarduur op uw apparaat niet langer vermeld (voorheen: { $old }).
   *[other] { $subject }: bewaarduur op uw apparaat gewijzigd: { $new } (voorheen: { $old }).
}
diff-storage = { $op ->
    [added] Nieuwe plaats waar de gegevens worden opgeslagen: { $subject }.
    [removed] Opslagplaats niet langer gebruikt: { $subject }.
   *[other] { $subject }: de plaats waar de gegevens worden opgeslagen, is gewijzigd.
}
diff-no-sale = { $op ->
    [removed] Wij verbinden ons er niet langer toe geen persoonsgegevens te verkopen.
   *[other] Wij verbinden ons er voortaan toe geen persoonsgegevens te verkopen.
}
diff-order = Volgorde gewijzigd: { $where }.
diff-wording = Formulering gewijzigd: { $where }.
diff-contact = Contactgegevens of link gewijzigd: { $where }.
diff-version = Versiegegevens gewijzigd: { $where }.
diff-languages = Talen gewijzigd: { $where }.
diff-notice = Identificatiecode van de privacyverklaring gewijzigd: { $where }.
diff-site = Publicatiegegevens van de webpagina's gewijzigd: { $where }.
diff-processor = Verwerkingen voor klanten gewijzigd: { $where }.
diff-register = Gegevens die alleen in het register van de verwerkingsactiviteiten staan (niet in de privacyverklaring) gewijzigd: { $where }.
diff-other = Nog niet ingedeelde wijziging, als wezenlijk behandeld: { $where }.

## Sectorregels, rechten per rechtsgrond, voorwaarden van artikel 9 (issue 20)

# Een bewaarvork of -maximum, als duur van `retention-after` / `retention-for`.
retention-between = minstens { $minimum } en hoogstens { $maximum }
retention-at-least = minstens { $minimum }
retention-at-most = hoogstens { $maximum }

# De voorwaarden van artikel 9, lid 2, in de bewoordingen van de verordening (de eisen aan de
# wet blijven voor `special_law`), met de verwerkingsverantwoordelijke als "wij" en de
# betrokkene als "u".
ground-explicit_consent = u hebt uitdrukkelijke toestemming gegeven voor de verwerking van deze gegevens voor een of meer welbepaalde doeleinden
ground-employment = de verwerking is noodzakelijk met het oog op de uitvoering van onze verplichtingen en de uitoefening van specifieke rechten van ons of van u op het gebied van het arbeidsrecht en het socialezekerheids- en socialebeschermingsrecht
ground-vital_interests = de verwerking is noodzakelijk ter bescherming van uw vitale belangen of die van een andere natuurlijke persoon, indien u fysiek of juridisch niet in staat bent uw toestemming te geven
ground-not_for_profit = de verwerking wordt verricht door onze instantie zonder winstoogmerk die op politiek, levensbeschouwelijk, godsdienstig of vakbondsgebied werkzaam is, in het kader van haar gerechtvaardigde activiteiten en met passende waarborgen; zij heeft uitsluitend betrekking op onze leden of voormalige leden of op personen die in verband met onze doeleinden regelmatig contact met ons onderhouden, en de gegevens worden niet zonder uw toestemming buiten onze instantie verstrekt
ground-made_public = de verwerking heeft betrekking op persoonsgegevens die kennelijk door u openbaar zijn gemaakt
ground-legal_claims = de verwerking is noodzakelijk voor de instelling, uitoefening of onderbouwing van een rechtsvordering of wanneer gerechten handelen in het kader van hun rechtsbevoegdheid
ground-substantial_public_interest = de verwerking is noodzakelijk om redenen van zwaarwegend algemeen belang
ground-health_or_social_care = de verwerking is noodzakelijk voor doeleinden van { $aims }
ground-public_health = de verwerking is noodzakelijk om redenen van algemeen belang op het gebied van de volksgezondheid, zoals bescherming tegen ernstige grensoverschrijdende gevaren voor de gezondheid of het waarborgen van hoge normen inzake kwaliteit en veiligheid van de gezondheidszorg en van geneesmiddelen of medische hulpmiddelen
ground-archiving_or_research = de verwerking is noodzakelijk met het oog op { $aims }
# Alle doeleinden van een voorwaarde, zoals de verordening ze opsomt; dan elk afzonderlijk.
aims-health_or_social_care = preventieve of arbeidsgeneeskunde, voor de beoordeling van de arbeidsgeschiktheid van de werknemer, medische diagnosen, het verstrekken van gezondheidszorg of sociale diensten of behandelingen dan wel het beheren van gezondheidszorgstelsels en -diensten of sociale stelsels en diensten
aims-archiving_or_research = archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistische doeleinden
aim-preventive_medicine = preventieve geneeskunde
aim-occupational_medicine = arbeidsgeneeskunde
aim-working_capacity = de beoordeling van de arbeidsgeschiktheid van de werknemer
aim-medical_diagnosis = medische diagnosen
aim-care_provision = het verstrekken van gezondheidszorg of sociale diensten of behandelingen
aim-care_management = het beheren van gezondheidszorgstelsels en -diensten of sociale stelsels en diensten
aim-archiving = archivering in het algemeen belang
aim-research = wetenschappelijk of historisch onderzoek
aim-statistics = statistische doeleinden
special-secrecy = Uw gegevens worden verwerkt door of onder de verantwoordelijkheid van een beroepsbeoefenaar die aan het beroepsgeheim gebonden is, of door een andere persoon die eveneens tot geheimhouding gehouden is ({ $article }).
# Artikel 10.
ground-criminal-law = de verwerking is toegestaan bij Unierechtelijke of lidstatelijkrechtelijke bepalingen die passende waarborgen voor uw rechten en vrijheden bieden
ground-criminal-official_authority = de verwerking vindt plaats onder toezicht van de overheid
criminal-authority = Overheidsinstantie: { $authority }.

# Rechten per rechtsgrond, en de uitzonderingen van artikel 17, lid 3.
right-part = “{ $purpose }”, voor het deel dat berust op { $bases }
basis-part-consent = uw toestemming
basis-part-contract = de overeenkomst
basis-part-legal_obligation = een wettelijke verplichting
basis-part-vital_interests = vitale belangen
basis-part-public_task = een taak van algemeen belang
basis-part-legitimate_interests = onze gerechtvaardigde belangen
right-except-public-health = Dit recht geldt niet voor verwerkingen die nodig zijn om redenen van algemeen belang op het gebied van de volksgezondheid:
right-except-archiving = Dit recht geldt niet voor verwerkingen met het oog op archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistische doeleinden, voor zover dit recht de verwezenlijking van de doeleinden van die verwerkingen onmogelijk dreigt te maken of ernstig in het gedrang dreigt te brengen:
right-except-legal-claims = Dit recht geldt niet voor verwerkingen die nodig zijn voor de instelling, uitoefening of onderbouwing van een rechtsvordering:
right-limit = Beperking voor “{ $purpose }”: { $reason }

# Onderwerpen van `notice diff` voor deze velden.
diff-special-aims = { $subject }: de doeleinden waarvoor bijzondere categorieën van persoonsgegevens worden verwerkt, zijn gewijzigd.
diff-criminal-ground = { $subject }: de grondslag voor de verwerking van persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten is gewijzigd.
diff-activity = { $subject }: het soort verwerking dat voor de regels van het nationale recht is opgegeven, is gewijzigd.
diff-rights-limit = { $op ->
    [added] { $subject }: een nieuwe beperking van een van uw rechten.
   *[other] { $subject }: een beperking van een van uw rechten is opgeheven.
}

## Draft preview (`notice build --draft`): the banner, the page mark of the PDF and the findings at the end.
draft-mark = Ontwerp — niet publiceren
draft-heading = Ontwerp — niet publiceren.
draft-text = { $count ->
    [0] Deze tekst is een ontwerp, gemaakt met `notice build --draft`; `notice lint` meldt geen bevindingen in het bronbestand.
    [one] Deze tekst is een ontwerp, gemaakt met `notice build --draft`, terwijl `notice lint` nog één bevinding in het bronbestand meldt; die staat aan het einde van de tekst.
   *[other] Deze tekst is een ontwerp, gemaakt met `notice build --draft`, terwijl `notice lint` nog { $count } bevindingen in het bronbestand meldt; die staan aan het einde van de tekst.
}
draft-findings-heading = Bevindingen die vóór publicatie moeten worden verholpen
draft-findings-intro = Hieronder staan de bevindingen van `notice lint`, in het Engels, zoals het programma ze meldt. Verbeter het bronbestand en maak de tekst daarna opnieuw aan zonder `--draft`.
