# Das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO), das `notice register` schreibt:
# Blattnamen, Spaltenüberschriften in den Begriffen des Art. 30 und die festen Wörter der
# Zellen. Reiner Text, kein Markdown. Blattnamen (register-cover, register-record-*) dürfen
# höchstens 31 Zeichen lang sein und keines der Zeichen : \ / ? * [ ] enthalten.

register-title = Verzeichnis von Verarbeitungstätigkeiten – { $controller }
register-cover = Deckblatt
register-cover-controller = Verantwortlicher
register-cover-company-number = Unternehmensnummer
register-cover-contact = Kontaktdaten
register-cover-representative = Vertreter in der Union (Art. 27 { -gdpr })
register-cover-dpo = Datenschutzbeauftragter
register-cover-version = Version
register-cover-effective = Datum dieser Fassung
register-dpo-none = Keiner benannt
# 28 und 31 Zeichen.
register-record-controller = Verzeichnis Verantwortlicher
register-record-processor = Verzeichnis Auftragsverarbeiter

register-controller-reference = Referenz
register-controller-activity = Verarbeitungstätigkeit
register-controller-joint = Gemeinsam Verantwortlicher
register-controller-purposes = Zwecke der Verarbeitung
register-controller-basis = Rechtsgrundlage
register-controller-subjects = Kategorien betroffener Personen
register-controller-data = Kategorien personenbezogener Daten
register-controller-recipients = Kategorien von Empfängern
register-controller-transfers = Übermittlungen an ein Drittland oder an eine internationale Organisation
register-controller-erasure = Vorgesehene Fristen für die Löschung
register-controller-security = Technische und organisatorische Maßnahmen

register-processor-reference = Referenz
register-processor-client = Verantwortlicher, in dessen Auftrag wir tätig sind
register-processor-processing = Kategorien von Verarbeitungen, die im Auftrag des Verantwortlichen durchgeführt werden
register-processor-data = Kategorien personenbezogener Daten
register-processor-sub-processors = Weitere Auftragsverarbeiter
register-processor-transfers = Übermittlungen an ein Drittland oder an eine internationale Organisation
register-processor-security = Technische und organisatorische Maßnahmen

register-colon = { $label }:
register-labelled = { $label }: { $text }
register-undeclared = Nicht angegeben
register-not-applicable = Entfällt
register-further = Weiterverarbeitung von: { $purpose }
register-special = (besondere Kategorie personenbezogener Daten, Art. 9 { -gdpr }: { $kind })
register-criminal = (personenbezogene Daten über strafrechtliche Verurteilungen und Straftaten, Art. 10 { -gdpr })
register-interests = Berechtigte Interessen: { $interests }
register-law = Rechtsvorschrift: { $law }
register-condition = Voraussetzung für die Verarbeitung besonderer Kategorien personenbezogener Daten: { $article }
register-criminal-basis = Zulässig nach Art. 10 { -gdpr } aufgrund von: { $basis }
register-role-processor = Auftragsverarbeiter
register-role-controller = Verantwortlicher
register-role-joint_controller = gemeinsam Verantwortlicher
register-role-authority = Behörde
register-internal = Innerhalb unserer Organisation: { $unit }
register-no-recipients = Keine
register-safeguards = Dokumentierung geeigneter Garantien: { $safeguards }
register-transfers-unknown = Wo einige Empfänger die Daten verarbeiten, ist nicht angegeben
register-no-transfers = Keine: Die Daten werden nicht außerhalb des Europäischen Wirtschaftsraums übermittelt
register-client-list = Name und Kontaktdaten jedes Verantwortlichen: { $list }
register-instructions = Weisungen: { $instructions }
register-no-sub-processors = Keine
