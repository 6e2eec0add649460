# Jedes feste Wort einer deutschsprachigen Datenschutzerklärung. Nachrichten, die die Vorlage
# verwendet, dürfen Markdown enthalten; Nachrichten, aus denen Werte gebildet werden (Namen,
# Daten, Fristen, Zitate), sind reiner Text. Terminologie: deutsche Sprachfassung der
# Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung).

-gdpr = DSGVO
language-name = Deutsch

## Daten, Fristen, Zitate

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date = { $day }. { $month } { $year }

unit-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
unit-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
unit-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
unit-weeks = { $count ->
    [one] { $count } Woche
   *[other] { $count } Wochen
}
unit-months = { $count ->
    [one] { $count } Monat
   *[other] { $count } Monate
}
unit-years = { $count ->
    [one] { $count } Jahr
   *[other] { $count } Jahre
}
# Wie lange ein Sitzungscookie besteht.
lifetime-session = bis zum Ende Ihres Besuchs

# Zitierweise der deutschen Rechtssprache: „Art. 6 Abs. 1 Buchst. a“; $paragraph und $point
# sind „none“, wenn sie fehlen.
cite = Art. { $article }{ $paragraph ->
    [none] {""}
   *[other] {" "}Abs. { $paragraph }
}{ $point ->
    [none] {""}
   *[other] {" "}Buchst. { $point }
}
cite-subparagraph = { $cite } Unterabs. 2
cite-gdpr = { $cite } { -gdpr }

# „Bezeichnung: Text“; „Bezeichnung:“ vor einer Aufzählung.
colon = :{" "}
colon-list = :

# Aufzählungen: „a, b und c“. Enthält ein Element ein Komma, ein Semikolon, einen Doppelpunkt
# oder die Konjunktion, wird die Aufzählung als Liste gesetzt.
list-separator = {", "}
list-conjunction = und
# Substantive werden im Deutschen großgeschrieben: eine Bezeichnung („Kontaktdaten“) behält im
# Satz ihre Schreibung.
name-in-sentence = as-written

# Vor dem Vertrag von Lissabon (Rechtsakte „…/EG“, $treaty = ec) hieß der Rechtsakt
# „Entscheidung“, seither „Beschluss“.
act = { $kind ->
    [implementing] { $number ->
        [none] Durchführungsbeschluss der Kommission vom { $date }
       *[other] Durchführungsbeschluss { $number } der Kommission vom { $date }
    }
   *[decision] { $treaty ->
        [ec] { $number ->
            [none] Entscheidung der Kommission vom { $date }
           *[other] Entscheidung { $number } der Kommission vom { $date }
        }
       *[eu] { $number ->
            [none] Beschluss der Kommission vom { $date }
           *[other] Beschluss { $number } der Kommission vom { $date }
        }
    }
}
act-renewed = { $act }, verlängert am { $date }
act-eu = EU
act-ec = EG

## Speicherdauer

event-collection = der Erhebung
event-recording = der Aufzeichnung
event-first_contact = der ersten Kontaktaufnahme
event-last_contact = der letzten Kontaktaufnahme
event-last_activity = Ihrer letzten Aktivität
event-application = Ihrer Bewerbung
event-end_of_contract = dem Ende des Vertrags
event-end_of_relationship = dem Ende unserer Geschäftsbeziehung
event-end_of_employment = dem Ende des Beschäftigungsverhältnisses
event-end_of_financial_year = dem Ende des Geschäftsjahres
event-account_closure = der Schließung Ihres Kontos
event-consent_withdrawal = dem Widerruf Ihrer Einwilligung
retention-after = { $duration } nach { $event }
retention-for = { $duration }
retention-exception = jedoch länger, soweit { $exception }
retention-category = { $category }: { $retention }

## Rechtsgrundlagen und Bedingungen

# Eine Bezeichnung je Rechtsgrundlage; die Erklärung verbindet mehrere („Erfüllung einer
# rechtlichen Verpflichtung und Erfüllung eines Vertrags“).
basis-consent = Einwilligung
basis-contract = Erfüllung eines Vertrags
basis-legal_obligation = Erfüllung einer rechtlichen Verpflichtung
basis-vital_interests = Schutz lebenswichtiger Interessen
basis-public_task = Wahrnehmung einer Aufgabe, die im öffentlichen Interesse liegt oder in Ausübung öffentlicher Gewalt erfolgt
basis-legitimate_interests = berechtigte Interessen
basis-missing = keine Rechtsgrundlage angegeben
retention-missing = keine Speicherdauer angegeben

special-racial_or_ethnic_origin = rassische und ethnische Herkunft
special-political_opinions = politische Meinungen
special-religious_or_philosophical_beliefs = religiöse oder weltanschauliche Überzeugungen
special-trade_union_membership = Gewerkschaftszugehörigkeit
special-genetic = genetische Daten
special-biometric = biometrische Daten zur eindeutigen Identifizierung einer Person
special-health = Gesundheitsdaten
special-sex_life_or_orientation = Daten zum Sexualleben oder zur sexuellen Orientierung

condition-explicit_consent = Ihre ausdrückliche Einwilligung
condition-employment = die Erfüllung unserer Pflichten und die Ausübung unserer oder Ihrer Rechte aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit und des Sozialschutzes
condition-vital_interests = der Schutz Ihrer lebenswichtigen Interessen oder derjenigen einer anderen natürlichen Person, wenn Sie aus körperlichen oder rechtlichen Gründen außerstande sind, Ihre Einwilligung zu geben
condition-not_for_profit = die rechtmäßigen Tätigkeiten einer Organisation ohne Gewinnerzielungsabsicht in Bezug auf ihre Mitglieder
condition-made_public = Daten, die Sie offensichtlich öffentlich gemacht haben
condition-legal_claims = die Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen
condition-substantial_public_interest = Gründe eines erheblichen öffentlichen Interesses
condition-health_or_social_care = Gesundheitsvorsorge oder Arbeitsmedizin, medizinische Diagnostik oder Versorgung oder Behandlung im Gesundheits- oder Sozialbereich
condition-public_health = Gründe des öffentlichen Interesses im Bereich der öffentlichen Gesundheit
condition-archiving_or_research = im öffentlichen Interesse liegende Archivzwecke, wissenschaftliche oder historische Forschungszwecke oder statistische Zwecke

exception-contract = für den Abschluss oder die Erfüllung eines Vertrags mit Ihnen erforderlich
exception-law = durch Rechtsvorschriften der Union oder der Mitgliedstaaten zulässig
exception-explicit_consent = Ihre ausdrückliche Einwilligung

# Art. 13 Abs. 2 Buchst. e: ob die Bereitstellung der Daten vorgeschrieben ist und ob Sie sie
# bereitstellen müssen. Unter einem Zweck ohne Datenliste ($data = none) nennt der Satz sie selbst.
provision-statutory = { $data ->
    [none] Die Bereitstellung Ihrer Daten ist gesetzlich vorgeschrieben
   *[listed] Die Bereitstellung dieser Daten ist gesetzlich vorgeschrieben
}
provision-contractual = { $data ->
    [none] Die Bereitstellung Ihrer Daten ist nach unserem Vertrag mit Ihnen vorgeschrieben
   *[listed] Die Bereitstellung dieser Daten ist nach unserem Vertrag mit Ihnen vorgeschrieben
}
provision-contract_prerequisite = { $data ->
    [none] Die Bereitstellung Ihrer Daten ist für den Vertragsabschluss erforderlich
   *[listed] Die Bereitstellung dieser Daten ist für den Vertragsabschluss erforderlich
}
provision-voluntary = { $data ->
    [none] Die Bereitstellung Ihrer Daten ist freiwillig
   *[listed] Die Bereitstellung dieser Daten ist freiwillig
}
provision-alone = { $requirement }.
# `consequences` der Erklärung ist der Hauptsatz nach „ohne diese Daten“: Das Verb steht dort
# an zweiter Stelle („ohne diese Daten können wir …“).
provision-if-not = { $requirement }; ohne diese Daten { $consequences }
source-third_party = Quelle: { $name }.
source-third_party-described = Quelle: { $name }, { $description }
source-third_party-unnamed = Quelle: ein Dritter.
source-public = Quelle: { $name }, eine öffentlich zugängliche Quelle.
source-public-unnamed = Quelle: öffentlich zugängliche Quellen.
source-public-flag = Diese Quelle ist öffentlich zugänglich.
source-data_subject = Wie wir sie erheben: { $description }

## Übermittlungen außerhalb des EWR

transfer-adequacy = Die Europäische Kommission hat beschlossen, dass { $destination ->
        [international_organisation] diese internationale Organisation
       *[other] dieses Land
    } ein angemessenes Schutzniveau bietet ({ $decision }, { $article }).
transfer-adequacy-scope = Der Beschluss gilt nur für folgende Empfänger: { $scope }.
transfer-dpf = Der Empfänger ist nach dem Datenschutzrahmen EU-USA zertifiziert, für den die Europäische Kommission die Angemessenheit des Schutzniveaus festgestellt hat ({ $decision }, { $article }).
transfer-safeguard = { $safeguard } ({ $article }).
transfer-scc-decision = Es handelt sich um die Klauseln gemäß { $decision }.
transfer-derogation = Die Übermittlung beruht auf einer Ausnahme für bestimmte Fälle: { $derogation } ({ $article }).
transfer-compelling = Die Übermittlung ist zur Wahrung zwingender berechtigter Interessen erforderlich, die wir verfolgen: { $interests } ({ $article }).
transfer-missing = Es ist keine Grundlage für die Übermittlung angegeben.

## Seite

title-default = Datenschutzerklärung – { $controller }
effective = Gültig ab dem { $date }.
version = Version { $version }.
# Wenn die Erklärung keine eigene Einleitung hat.
intro = Diese Datenschutzerklärung erläutert, wie { $controller } Ihre personenbezogenen Daten verarbeitet und welche Rechte Ihnen nach der Datenschutz-Grundverordnung (Verordnung (EU) 2016/679, „{ -gdpr }“) zustehen.
toc-heading = Inhalt
other-languages = Diese Datenschutzerklärung in anderen Sprachen
page-of = Seite { $page } von { $total }
pdf-controller = Verantwortlicher: { $name }
pdf-keywords = Datenschutzerklärung, DSGVO, personenbezogene Daten
separate-intro = In gesonderten Dokumenten geregelt:

## Erste Ebene: die Antworten, die auf einen Bildschirm passen

summary-heading = Auf einen Blick
summary-who = Verantwortlicher:
summary-why = Zwecke, Rechtsgrundlagen und Speicherdauer:
summary-recipients = Empfänger:
summary-no-recipients = niemand außerhalb unserer Organisation.
recipients-summary-processor = { $count ->
    [one] unser Auftragsverarbeiter
   *[other] unsere Auftragsverarbeiter
}
recipients-summary-controller = { $count ->
    [one] ein eigenständiger Verantwortlicher
   *[other] eigenständige Verantwortliche
}
recipients-summary-joint_controller = { $count ->
    [one] ein gemeinsam mit uns Verantwortlicher
   *[other] gemeinsam mit uns Verantwortliche
}
recipients-summary-authority = { $count ->
    [one] eine Behörde
   *[other] Behörden
}
recipients-summary-see = siehe „Weitergabe Ihrer Daten“
recipients-summary-other = { $count ->
    [one] ein weiterer Empfänger
   *[other] weitere Empfänger
}
summary-transfers = Übermittlungen in Drittländer:
summary-no-transfers = keine.
summary-transfers-unknown = nicht für jeden Empfänger angegeben.
summary-rights = Ausübung Ihrer Rechte:
summary-objection = Einigen Verarbeitungen können Sie jederzeit widersprechen: siehe „Ihr Widerspruchsrecht“.
summary-complaint = Beschwerden:
## Verantwortlicher

controller-heading = Verantwortlicher
trade-names = handelnd unter der Bezeichnung { $names }
company-number = Unternehmensnummer: { $number }
label-website = Website:
label-email = E-Mail:
label-phone = Telefon:
label-form = Kontaktformular:
label-complaint-page = So reichen Sie eine Beschwerde ein:
dpo-intro = Unser Datenschutzbeauftragter:
dpo-none = Wir haben keinen Datenschutzbeauftragten benannt.
representative-intro = Unser Vertreter in der Europäischen Union (Art. 27 { -gdpr }):

joint-heading = Gemeinsam Verantwortliche
joint-intro = Die Zwecke und Mittel einiger Verarbeitungen legen wir gemeinsam mit { $name } fest: Wir sind gemeinsam Verantwortliche (Art. 26 { -gdpr }).
joint-contact = Kontakt:
joint-essence = Das Wesentliche unserer Vereinbarung:
joint-contact-us = { $controller } ist Ihre Anlaufstelle für diese Verarbeitung.
joint-contact-them = { $name } ist Ihre Anlaufstelle für diese Verarbeitung.
joint-rights = Unabhängig von den Einzelheiten unserer Vereinbarung können Sie Ihre Rechte bei und gegenüber jedem von uns geltend machen (Art. 26 Abs. 3 { -gdpr }).
joint-notice = Datenschutzerklärung des gemeinsam Verantwortlichen:

## Zwecke im Einzelnen

purposes-heading = Wozu wir Ihre Daten verarbeiten
further-processing = Für diesen Zweck verarbeiten wir Daten weiter, die für einen anderen Zweck erhoben wurden: { $purpose }.
label-interests = Berechtigte Interessen:
label-law = Rechtsvorschrift:
label-special = { $count ->
    [one] Besondere Kategorie personenbezogener Daten:
   *[other] Besondere Kategorien personenbezogener Daten:
}
label-condition = Voraussetzung für ihre Verarbeitung ({ $article }):
special-law = Rechtsvorschrift: { $law }.
label-criminal = Daten über strafrechtliche Verurteilungen und Straftaten:
label-data = Daten:

data-heading = Die Daten, die wir verarbeiten
data-special = Besondere Kategorie: { $kind }.
data-criminal = Daten über strafrechtliche Verurteilungen und Straftaten.
col-purpose = Zweck

## Empfänger

recipients-heading = Weitergabe Ihrer Daten
recipients-role-processor = { $count ->
    [one] **Auftragsverarbeiter**, der Ihre Daten in unserem Auftrag verarbeitet:
   *[other] **Auftragsverarbeiter**, die Ihre Daten in unserem Auftrag verarbeiten:
}
recipients-role-controller = { $count ->
    [one] **Eigenständiger Verantwortlicher**, der Ihre Daten für eigene Zwecke verwendet:
   *[other] **Eigenständige Verantwortliche**, die Ihre Daten für eigene Zwecke verwenden:
}
recipients-role-joint_controller = { $count ->
    [one] **Gemeinsam Verantwortlicher** (siehe „Gemeinsam Verantwortliche“):
   *[other] **Gemeinsam Verantwortliche** (siehe „Gemeinsam Verantwortliche“):
}
recipients-role-authority = { $count ->
    [one] **Behörde:**
   *[other] **Behörden:**
}
recipients-role-other = { $count ->
    [one] **Weiterer Empfänger:**
   *[other] **Weitere Empfänger:**
}
recipients-none = Wir geben Ihre personenbezogenen Daten an niemanden außerhalb unserer Organisation weiter.
recipient-group = Mitglied unserer Unternehmensgruppe
recipient-list = Liste dieser Empfänger:
# Nicht „Ihre“: Die Leser würden es als Anrede lesen.
recipient-notice = Datenschutzerklärung des Empfängers:
disclosure-no-sale = Wir verkaufen Ihre personenbezogenen Daten nicht.
disclosure-conditions = Außerdem:

storage-heading = Wo Ihre Daten gespeichert werden
storage-provider = Anbieter: { $provider }
storage-eea-only = Alle diese Orte liegen im Europäischen Wirtschaftsraum (EWR).

transfers-heading = Übermittlungen in Drittländer (außerhalb des Europäischen Wirtschaftsraums)
transfer-copy = Eine Kopie der Garantien erhalten Sie unter:
transfer-more = Weitere Informationen:

automated-heading = Automatisierte Entscheidungen
automated-profiling = Diese Verarbeitung umfasst Profiling.
label-logic = Wie die Entscheidung zustande kommt:
label-significance = Was sie für Sie bedeutet:
label-consequences = Welche Auswirkungen sie für Sie hat:
label-exception = Warum sie zulässig ist:
# Art. 22 Abs. 2 Buchst. b: Die Rechtsvorschrift, die die Entscheidung zulässt, sieht die
# Maßnahmen selbst vor.
automated-law = Die Rechtsvorschrift, die diese Entscheidung zulässt, enthält angemessene Maßnahmen zur Wahrung Ihrer Rechte und Freiheiten sowie Ihrer berechtigten Interessen ({ $article }).
automated-rights = Sie haben das Recht, das Eingreifen einer Person zu erwirken, Ihren eigenen Standpunkt darzulegen und die Entscheidung anzufechten ({ $article }).

processor-heading = Wenn wir als Auftragsverarbeiter tätig sind
processor-intro = Bei den folgenden Tätigkeiten verarbeiten wir Ihre Daten im Auftrag eines Kunden ({ $article }). Verantwortlicher ist dieser Kunde; richten Sie Ihre Anfragen daher bitte an ihn.
processor-client-notice = Datenschutzerklärung des Kunden:

cookies-heading = Cookies und ähnliche Technologien
col-cookie = Name
col-provider = Anbieter
col-duration = Speicherdauer
col-consent = Einwilligung
cookie-essential = nicht erforderlich (technisch notwendig)
cookie-consent = erforderlich
cookies-policy = Einzelheiten erläutert unsere Cookie-Richtlinie:

security-heading = Sicherheit
security-intro = Unsere Sicherheitsmaßnahmen:
confidentiality-intro = Innerhalb unserer Organisation:
compliance-heading = Rechtsrahmen und Aufsicht
compliance-laws = Wir halten insbesondere folgende Vorschriften ein:
compliance-principles = Unsere Verpflichtungen:
compliance-oversight = Wer die Einhaltung überprüft:

## Rechte

rights-heading = Ihre Rechte
right-access-name = Auskunftsrecht
right-access-text = Sie können Auskunft darüber verlangen, ob wir Sie betreffende personenbezogene Daten verarbeiten, und eine Kopie dieser Daten erhalten.
right-rectification-name = Recht auf Berichtigung
right-rectification-text = Sie können Ihre Daten berichtigen oder vervollständigen lassen.
right-erasure-name = Recht auf Löschung
right-erasure-text = Sie können Ihre Daten löschen lassen, insbesondere wenn sie nicht mehr benötigt werden.
right-restriction-name = Recht auf Einschränkung der Verarbeitung
right-restriction-text = Sie können die Verwendung Ihrer Daten einschränken lassen.
right-portability-name = Recht auf Datenübertragbarkeit
right-portability-text = Sie können die Daten, die Sie uns bereitgestellt haben, in einem strukturierten, gängigen und maschinenlesbaren Format erhalten und sie einem anderen Verantwortlichen übermitteln oder von uns übermitteln lassen.
right-object-name = Widerspruchsrecht
right-object-text = siehe „Ihr Widerspruchsrecht“.
right-withdraw-name = Recht auf Widerruf der Einwilligung
right-withdraw-text = Sie können Ihre Einwilligung jederzeit ebenso einfach widerrufen, wie Sie sie erteilt haben; die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt davon unberührt.
right-automated-name = Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu werden
right-automated-text = siehe „Automatisierte Entscheidungen“.
purposes-concerned = { $count ->
    [one] Dies gilt für folgenden Zweck:
   *[other] Dies gilt für folgende Zwecke:
}
right-except = Dieses Recht besteht nicht, soweit die Verarbeitung zur Erfüllung einer rechtlichen Verpflichtung oder zur Wahrnehmung einer Aufgabe erforderlich ist, die im öffentlichen Interesse liegt oder in Ausübung öffentlicher Gewalt erfolgt, die uns übertragen wurde; das betrifft hier:
rights-post = Anträge per Post:
rights-response = Wir antworten unverzüglich, spätestens innerhalb eines Monats nach Eingang Ihres Antrags (bei komplexen oder zahlreichen Anträgen innerhalb von drei Monaten); die Ausübung Ihrer Rechte ist unentgeltlich, außer bei offenkundig unbegründeten oder exzessiven Anträgen ({ $article }).
objection-heading = Ihr Widerspruchsrecht
objection-general = Sie können jederzeit aus Gründen, die sich aus Ihrer besonderen Situation ergeben, der Verarbeitung Ihrer personenbezogenen Daten widersprechen ({ $article }); wir verarbeiten Ihre Daten dann nicht mehr, es sei denn, wir können zwingende schutzwürdige Gründe für die Verarbeitung nachweisen, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen.
objection-marketing = Sie können jederzeit ohne Angabe von Gründen der Verarbeitung Ihrer personenbezogenen Daten zum Zwecke der Direktwerbung widersprechen, einschließlich eines damit verbundenen Profilings ({ $article }); wir verarbeiten Ihre Daten dann nicht mehr für diese Zwecke.
complaint-heading = Beschwerde bei einer Aufsichtsbehörde
complaint-text = Sie haben das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes ({ $article }).
complaint-authority = Die für uns zuständige Aufsichtsbehörde ist:

changes-heading = Änderungen
changes-default = Jede Änderung dieser Datenschutzerklärung veröffentlichen wir auf dieser Seite mit dem Datum ihres Inkrafttretens.
paper-copy = Auf Anfrage senden wir Ihnen diese Datenschutzerklärung in Papierform zu.
history-intro = Frühere Fassungen:
glossary-heading = Begriffe
cite-and = { $first } und { $second }

## Veranschaulichung: eine veröffentlichte Erklärung, ergänzt um Annahmen
illustration-heading = Veranschaulichung.
illustration-text = Dies ist nicht die Datenschutzerklärung der Organisation selbst: Sie übernimmt die Angaben einer veröffentlichten Erklärung und ergänzt sie, wo das Gesetz Informationen verlangt, die das Original nicht enthält, um die unten aufgeführten Annahmen.

## Wessen Daten (betroffene Personen), ihre Herkunft je Gruppe, Verarbeitung für Kunden
subjects-heading = Betroffene Personen
label-subjects = Betroffene Personen:
subjects-others = andere betroffene Personen
# Bezeichnung einer Gruppe betroffener Personen, die nur mit ihrer Art angegeben ist.
subjects-kind-customers = Kunden
subjects-kind-prospects = Interessenten
subjects-kind-employees = Beschäftigte
subjects-kind-job_applicants = Bewerber
subjects-kind-website_visitors = Besucher unserer Website
subjects-kind-client_representatives = Ansprechpartner bei unseren Kunden
subjects-kind-end_users = Nutzer der Dienste, die wir für unsere Kunden erbringen
subjects-kind-patients = Patienten
subjects-kind-pupils = Schüler
subjects-kind-members = Mitglieder
subjects-kind-suppliers = Lieferanten und ihre Beschäftigten
subjects-kind-visitors = Besucher unserer Räumlichkeiten
# Daten, die unsere eigenen Systeme bei der Nutzung unserer Dienste oder Räumlichkeiten erzeugen
# oder aufzeichnen (Protokolle, Verkehrs- und Standortdaten, Kamerabilder): durch Beobachtung bei
# der Person erhoben, nicht von ihr bereitgestellt.
source-observed = Quelle: unsere eigenen Systeme.
source-observed-described = Quelle: unsere eigenen Systeme ({ $description }).
# Unterscheidet sich die Quelle je nach Gruppe betroffener Personen, nennt jeder Satz die
# Gruppen, um die es geht.
source-third_party-for = Quelle ({ $subjects }): { $name }.
source-third_party-described-for = Quelle ({ $subjects }): { $name }, { $description }
source-third_party-unnamed-for = Quelle ({ $subjects }): ein Dritter.
source-public-for = Quelle ({ $subjects }): { $name }, eine öffentlich zugängliche Quelle.
source-public-unnamed-for = Quelle ({ $subjects }): öffentlich zugängliche Quellen.
source-data_subject-for = Wie wir sie erheben ({ $subjects }): { $description }
source-data_subject-plain-for = Wir erheben sie bei Ihnen ({ $subjects }).
source-observed-for = Quelle ({ $subjects }): unsere eigenen Systeme.
source-observed-described-for = Quelle ({ $subjects }): unsere eigenen Systeme ({ $description }).
# Art. 13 Abs. 2 Buchst. e für eine Kategorie eines Zwecks oder für die Gruppen, die die Daten
# selbst bereitstellen: „Mobilnummer: Die Bereitstellung dieser Daten ist freiwillig …“.
provision-scoped = { $whom }: { $provision }
label-retention = Speicherdauer:
label-sub-processors = Unsere Unterauftragsverarbeiter:
label-instructions = Weisungen des Kunden:

## Änderungen zwischen Fassungen: `notice diff` und die Zusammenfassungen, die der Build in die
## Versionsgeschichte schreibt. Argumente: $op (added, removed, changed, reordered, longer,
## shorter), $subject (der betroffene Zweck, Empfänger oder die Kategorie), $old und $new (die
## Werte vorher und nachher, wie in der Erklärung formuliert), $where (der Pfad in der
## Deklaration). Jede Nachricht ist ein eigener Satz.
diff-title = Änderungen
diff-nothing = Keine Änderung.
diff-class-material = wesentlich
diff-class-editorial = redaktionell
diff-heading-material = Wesentliche Änderungen
diff-heading-editorial = Redaktionelle Änderungen
diff-compared = { $status ->
    [added] { $new } ({ $id }): neue Datenschutzerklärung
    [removed] { $old } ({ $id }): Datenschutzerklärung zurückgezogen
   *[other] { $new } ({ $id }), verglichen mit { $old }
}
diff-summary = { $material ->
    [one] 1 wesentliche Änderung
   *[other] { $material } wesentliche Änderungen
} und { $editorial ->
    [one] 1 redaktionelle Änderung
   *[other] { $editorial } redaktionelle Änderungen
} in { $count ->
    [one] 1 Datenschutzerklärung
   *[other] { $count } Datenschutzerklärungen
}
diff-none = keine
diff-unnamed = benannt, Name nicht angegeben
diff-not-stated = nicht angegeben
history-replaced = { $count ->
    [0] Ersetzt am { $date }, nur mit redaktionellen Änderungen.
   *[other] Ersetzt am { $date }.
}
diff-declaration = { $op ->
    [added] Neue Datenschutzerklärung.
   *[other] Datenschutzerklärung zurückgezogen.
}
diff-purpose = { $op ->
    [added] Neuer Zweck: { $subject }.
   *[other] Zweck entfallen: { $subject }.
}
diff-basis = { $op ->
    [added] { $subject }: neue Rechtsgrundlage: { $new }.
   *[other] { $subject }: Die Verarbeitung beruht nicht mehr auf dieser Rechtsgrundlage: { $old }.
}
diff-special-condition = { $op ->
    [added] { $subject }: Besondere Kategorien personenbezogener Daten werden auf folgender Grundlage verarbeitet: { $new }.
    [removed] { $subject }: Auf diese Voraussetzung wird für besondere Kategorien personenbezogener Daten nicht mehr zurückgegriffen: { $old }.
   *[other] { $subject }: Besondere Kategorien personenbezogener Daten werden nun auf folgender Grundlage verarbeitet: { $new } (bisher: { $old }).
}
diff-data-subject = { $op ->
    [added] Neue Kategorie betroffener Personen: { $subject }.
   *[other] Kategorie betroffener Personen, deren Daten wir nicht mehr verarbeiten: { $subject }.
}
diff-purpose-subjects = { $op ->
    [added] { $subject }: Die Daten folgender Personen werden nun ebenfalls verarbeitet: { $new }.
   *[other] { $subject }: Die Daten folgender Personen werden nicht mehr verarbeitet: { $old }.
}
diff-purpose-data = { $op ->
    [added] { $subject }: Folgende Daten werden nun ebenfalls verwendet: { $new }.
   *[other] { $subject }: Folgende Daten werden nicht mehr verwendet: { $old }.
}
diff-purpose-recipient = { $op ->
    [added] { $subject }: Die Daten werden nun auch folgendem Empfänger offengelegt: { $new }.
   *[other] { $subject }: Die Daten werden folgendem Empfänger nicht mehr offengelegt: { $old }.
}
diff-retention = { $op ->
    [longer] { $subject }: längere Speicherdauer: { $new } (bisher: { $old }).
    [shorter] { $subject }: kürzere Speicherdauer: { $new } (bisher: { $old }).
    [added] { $subject }: Speicherdauer nun angegeben: { $new }.
    [removed] { $subject }: Speicherdauer nicht mehr angegeben (bisher: { $old }).
   *[other] { $subject }: Speicherdauer geändert: { $new } (bisher: { $old }).
}
diff-marketing = { $op ->
    [added] { $subject }: Die Daten werden nun auch für Direktwerbung verwendet.
   *[other] { $subject }: Die Daten werden nicht mehr für Direktwerbung verwendet.
}
diff-automated = { $op ->
    [added] { $subject }: automatisierte Entscheidung eingeführt.
    [removed] { $subject }: automatisierte Entscheidung entfallen.
   *[other] { $subject }: automatisierte Entscheidung geändert.
}
diff-provision = { $subject }: Ob Sie diese Daten bereitstellen müssen, hat sich geändert.
diff-further = { $op ->
    [removed] { $subject }: nicht mehr als Weiterverarbeitung dargestellt.
   *[other] { $subject }: Weiterverarbeitung von Daten, die für diesen Zweck erhoben wurden: { $new }.
}
diff-right = { $op ->
    [added] { $subject }: Sie haben nun dieses Recht: { $new }.
   *[other] { $subject }: Sie haben dieses Recht nicht mehr: { $old }.
}
diff-category = { $op ->
    [added] Neue Kategorie personenbezogener Daten: { $subject }.
   *[other] Kategorie personenbezogener Daten, die nicht mehr verarbeitet wird: { $subject }.
}
diff-category-nature = { $subject }: Ob diese Daten zu einer besonderen Kategorie gehören oder strafrechtliche Verurteilungen und Straftaten betreffen, hat sich geändert.
diff-category-source = { $subject }: Die Quelle dieser Daten hat sich geändert.
diff-recipient = { $op ->
    [added] Neuer Empfänger: { $subject }{ $new }.
   *[other] Nicht mehr Empfänger: { $subject }.
}
diff-recipient-identity = { $op ->
    [added] { $subject }: Empfänger nun bezeichnet als { $new }.
    [removed] { $subject }: Empfänger nicht mehr bezeichnet als { $old }.
   *[other] { $subject }: Empfänger nun { $new } (bisher: { $old }).
}
diff-recipient-role = { $subject }: Die Rolle dieses Empfängers hat sich geändert.
diff-recipient-country = { $op ->
    [added] { $subject }: Land, in dem die Daten verarbeitet werden: { $new }.
    [removed] { $subject }: Land, in dem die Daten verarbeitet werden, nicht mehr angegeben (bisher: { $old }).
   *[other] { $subject }: Land, in dem die Daten verarbeitet werden: { $new } (bisher: { $old }).
}
diff-transfer = { $op ->
    [added] { $subject }: Übermittlung auf folgender Grundlage: { $new }.
    [removed] { $subject }: Die Übermittlung stützt sich nicht mehr auf folgende Grundlage: { $old }.
   *[other] { $subject }: Übermittlung nun auf folgender Grundlage: { $new } (bisher: { $old }).
}
diff-controller = { $op ->
    [added] Verantwortlicher: { $new }.
   *[other] Verantwortlicher: { $new } (bisher: { $old }).
}
diff-controller-status = Ob der Verantwortliche eine Behörde ist, hat sich geändert.
diff-dpo = { $op ->
    [added] Datenschutzbeauftragter: { $new }.
    [removed] Datenschutzbeauftragter: Name nicht mehr angegeben (bisher: { $old }).
   *[other] Datenschutzbeauftragter: { $new } (bisher: { $old }).
}
diff-representative = { $op ->
    [added] Vertreter in der Union: { $new }.
    [removed] Vertreter in der Union: nicht mehr angegeben (bisher: { $old }).
   *[other] Vertreter in der Union: { $new } (bisher: { $old }).
}
diff-joint-controller = { $op ->
    [added] Neuer gemeinsam Verantwortlicher: { $subject }.
   *[other] Nicht mehr gemeinsam Verantwortlicher: { $subject }.
}
diff-joint-controller-identity = { $op ->
    [added] Gemeinsam Verantwortlicher: { $new }.
    [removed] { $subject }: Angaben zum gemeinsam Verantwortlichen zurückgezogen (bisher: { $old }).
   *[other] Gemeinsam Verantwortlicher: { $new } (bisher: { $old }).
}
diff-joint-purpose = { $op ->
    [added] { $subject }: nun auch gemeinsam Verantwortlicher für diesen Zweck: { $new }.
   *[other] { $subject }: nicht mehr gemeinsam Verantwortlicher für diesen Zweck: { $old }.
}
diff-joint-contact-point = { $subject }: Der Verantwortliche, an den Sie Ihre Anfragen richten, hat sich geändert.
diff-authority = { $op ->
    [added] Aufsichtsbehörde: { $new }.
   *[other] Aufsichtsbehörde: { $new } (bisher: { $old }).
}
diff-tracker = { $op ->
    [added] Neues Cookie oder neuer Tracker: { $subject }.
   *[other] Cookie oder Tracker nicht mehr verwendet: { $subject }.
}
diff-tracker-detail = { $subject }: Wer dieses Cookie oder diesen Tracker setzt, wer seine Daten erhält oder ob es Ihrer Einwilligung bedarf, hat sich geändert.
diff-tracker-duration = { $op ->
    [longer] { $subject }: bleibt länger auf Ihrem Gerät: { $new } (bisher: { $old }).
    [shorter] { $subject }: bleibt kürzer auf Ihrem Gerät: { $new } (bisher: { $old }).
    [added] { $subject }: bleibt { $new } auf Ihrem Gerät.
    [removed] { $subject }: Speicherdauer auf Ihrem Gerät nicht mehr angegeben (bisher: { $old }).
   *[other] { $subject }: Speicherdauer auf Ihrem Gerät geändert: { $new } (bisher: { $old }).
}
diff-storage = { $op ->
    [added] Neuer Speicherort der Daten: { $subject }.
    [removed] Speicherort nicht mehr genutzt: { $subject }.
   *[other] { $subject }: Der Speicherort der Daten hat sich geändert.
}
diff-no-sale = { $op ->
    [removed] Wir verpflichten uns nicht mehr, personenbezogene Daten nicht zu verkaufen.
   *[other] Wir verpflichten uns nun, personenbezogene Daten nicht zu verkaufen.
}
diff-order = Reihenfolge geändert: { $where }.
diff-wording = Wortlaut geändert: { $where }.
diff-contact = Kontaktdaten oder Link geändert: { $where }.
diff-version = Versionsangaben geändert: { $where }.
diff-languages = Sprachen geändert: { $where }.
diff-notice = Kennung der Erklärung geändert: { $where }.
diff-site = Angaben zur Veröffentlichung der Webseiten geändert: { $where }.
diff-processor = Für Kunden durchgeführte Verarbeitung geändert: { $where }.
diff-register = Nur das Verzeichnis von Verarbeitungstätigkeiten betreffende Angaben (nicht in der Erklärung enthalten) geändert: { $where }.
diff-other = Noch nicht eingeordnete Änderung, als wesentlich behandelt: { $where }.

## Sektorregeln, Rechte je Rechtsgrundlage, Voraussetzungen nach Art. 9 Abs. 2 DSGVO (Issue 20)

# Eine Spanne oder Obergrenze der Speicherdauer, als Dauer von `retention-after` / `retention-for`.
retention-between = mindestens { $minimum } und höchstens { $maximum }
retention-at-least = mindestens { $minimum }
retention-at-most = höchstens { $maximum }

# Die Voraussetzungen des Art. 9 Abs. 2 im Wortlaut der Verordnung (die Anforderungen an das
# Gesetz bleiben `special_law` überlassen); der Verantwortliche ist „wir“, die betroffene Person
# „Sie“. Bei Buchst. h und j steht „erforderlich“ am Satzende; die Zwecke tragen ihre Präposition.
ground-explicit_consent = Sie haben in die Verarbeitung dieser Daten für einen oder mehrere festgelegte Zwecke ausdrücklich eingewilligt
ground-employment = die Verarbeitung ist erforderlich, damit wir oder Sie die uns bzw. Ihnen aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit und des Sozialschutzes erwachsenden Rechte ausüben und unseren bzw. Ihren diesbezüglichen Pflichten nachkommen können
ground-vital_interests = die Verarbeitung ist zum Schutz Ihrer lebenswichtigen Interessen oder derjenigen einer anderen natürlichen Person erforderlich, und Sie sind aus körperlichen oder rechtlichen Gründen außerstande, Ihre Einwilligung zu geben
ground-not_for_profit = die Verarbeitung erfolgt auf der Grundlage geeigneter Garantien durch uns als politisch, weltanschaulich, religiös oder gewerkschaftlich ausgerichtete Organisation ohne Gewinnerzielungsabsicht im Rahmen unserer rechtmäßigen Tätigkeiten; sie bezieht sich ausschließlich auf unsere Mitglieder oder ehemaligen Mitglieder oder auf Personen, die im Zusammenhang mit unserem Tätigkeitszweck regelmäßige Kontakte mit uns unterhalten, und die Daten werden nicht ohne Ihre Einwilligung nach außen offengelegt
ground-made_public = die Verarbeitung bezieht sich auf personenbezogene Daten, die Sie offensichtlich öffentlich gemacht haben
ground-legal_claims = die Verarbeitung ist zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen oder bei Handlungen der Gerichte im Rahmen ihrer justiziellen Tätigkeit erforderlich
ground-substantial_public_interest = die Verarbeitung ist aus Gründen eines erheblichen öffentlichen Interesses erforderlich
ground-health_or_social_care = die Verarbeitung ist { $aims } erforderlich
ground-public_health = die Verarbeitung ist aus Gründen des öffentlichen Interesses im Bereich der öffentlichen Gesundheit erforderlich, wie dem Schutz vor schwerwiegenden grenzüberschreitenden Gesundheitsgefahren oder zur Gewährleistung hoher Qualitäts- und Sicherheitsstandards bei der Gesundheitsversorgung und bei Arzneimitteln und Medizinprodukten
ground-archiving_or_research = die Verarbeitung ist { $aims } erforderlich
# Alle Zwecke einer Voraussetzung, wie die Verordnung sie aufzählt; dann jeder für sich.
aims-health_or_social_care = für Zwecke der Gesundheitsvorsorge oder der Arbeitsmedizin, für die Beurteilung der Arbeitsfähigkeit des Beschäftigten, für die medizinische Diagnostik, die Versorgung oder Behandlung im Gesundheits- oder Sozialbereich oder für die Verwaltung von Systemen und Diensten im Gesundheits- oder Sozialbereich
aims-archiving_or_research = für im öffentlichen Interesse liegende Archivzwecke, für wissenschaftliche oder historische Forschungszwecke oder für statistische Zwecke
aim-preventive_medicine = für Zwecke der Gesundheitsvorsorge
aim-occupational_medicine = für Zwecke der Arbeitsmedizin
aim-working_capacity = für die Beurteilung der Arbeitsfähigkeit des Beschäftigten
aim-medical_diagnosis = für die medizinische Diagnostik
aim-care_provision = für die Versorgung oder Behandlung im Gesundheits- oder Sozialbereich
aim-care_management = für die Verwaltung von Systemen und Diensten im Gesundheits- oder Sozialbereich
aim-archiving = für im öffentlichen Interesse liegende Archivzwecke
aim-research = für wissenschaftliche oder historische Forschungszwecke
aim-statistics = für statistische Zwecke
special-secrecy = Ihre Daten werden von Fachpersonal, das dem Berufsgeheimnis unterliegt, oder unter dessen Verantwortung verarbeitet oder von einer anderen Person, die ebenfalls einer Geheimhaltungspflicht unterliegt ({ $article }).
# Art. 10.
ground-criminal-law = die Verarbeitung ist nach dem Unionsrecht oder dem Recht der Mitgliedstaaten zulässig, das geeignete Garantien für Ihre Rechte und Freiheiten vorsieht
ground-criminal-official_authority = die Verarbeitung erfolgt unter behördlicher Aufsicht
criminal-authority = Aufsicht führende Behörde: { $authority }.

# Rechte je Rechtsgrundlage und die Ausnahmen des Art. 17 Abs. 3. Die Rechtsgrundlagen stehen
# im Dativ („der auf … beruhende Teil“).
right-part = der auf { $bases } beruhende Teil von „{ $purpose }“
basis-part-consent = Ihrer Einwilligung
basis-part-contract = dem Vertrag
basis-part-legal_obligation = einer rechtlichen Verpflichtung
basis-part-vital_interests = lebenswichtigen Interessen
basis-part-public_task = einer Aufgabe im öffentlichen Interesse
basis-part-legitimate_interests = unseren berechtigten Interessen
right-except-public-health = Dieses Recht besteht nicht, soweit die Verarbeitung aus Gründen des öffentlichen Interesses im Bereich der öffentlichen Gesundheit erforderlich ist; das betrifft hier:
right-except-archiving = Dieses Recht besteht nicht, soweit die Verarbeitung für im öffentlichen Interesse liegende Archivzwecke, für wissenschaftliche oder historische Forschungszwecke oder für statistische Zwecke erfolgt und die Ausübung dieses Rechts die Verwirklichung der Ziele dieser Verarbeitung voraussichtlich unmöglich macht oder ernsthaft beeinträchtigt; das betrifft hier:
right-except-legal-claims = Dieses Recht besteht nicht, soweit die Verarbeitung zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen erforderlich ist; das betrifft hier:
right-limit = Beschränkung für „{ $purpose }“: { $reason }

# Themen von `notice diff` für diese Felder.
diff-special-aims = { $subject }: Die Zwecke, zu denen besondere Kategorien personenbezogener Daten verarbeitet werden, haben sich geändert.
diff-criminal-ground = { $subject }: Die Grundlage, auf der Daten über strafrechtliche Verurteilungen und Straftaten verarbeitet werden dürfen, hat sich geändert.
diff-activity = { $subject }: Die für die Vorschriften des nationalen Rechts angegebene Art der Verarbeitung hat sich geändert.
diff-rights-limit = { $op ->
    [added] { $subject }: Eines Ihrer Rechte wird neu beschränkt.
   *[other] { $subject }: Eine Beschränkung eines Ihrer Rechte entfällt.
}

## Entwurfsvorschau (`notice build --draft`): der Hinweis, die Seitenmarkierung des PDF und die Feststellungen am Ende.
draft-mark = Entwurf – nicht zur Veröffentlichung
draft-heading = Entwurf – nicht zur Veröffentlichung.
draft-text = { $count ->
    [0] Dieser Text ist ein Entwurf, erstellt mit `notice build --draft`; `notice lint` meldet zu der Deklaration keine Feststellung.
    [one] Dieser Text ist ein Entwurf, erstellt mit `notice build --draft`, während `notice lint` zu der Deklaration noch eine Feststellung meldet; sie ist am Ende aufgeführt.
   *[other] Dieser Text ist ein Entwurf, erstellt mit `notice build --draft`, während `notice lint` zu der Deklaration noch { $count } Feststellungen meldet; sie sind am Ende aufgeführt.
}
draft-findings-heading = Vor der Veröffentlichung zu behebende Feststellungen
draft-findings-intro = Es folgen die Feststellungen von `notice lint`, auf Englisch, wie das Werkzeug sie ausgibt. Erstellen Sie den Text nach der Korrektur der Deklaration erneut ohne `--draft`.
