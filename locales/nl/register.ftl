# Het register van de verwerkingsactiviteiten (artikel 30 AVG) dat `notice register` schrijft:
# namen van de werkbladen, kolomkoppen in de bewoordingen van artikel 30 en de vaste woorden
# van de cellen. Platte tekst, geen Markdown. Namen van werkbladen (register-cover,
# register-record-*) tellen ten hoogste 31 tekens en bevatten geen : \ / ? * [ ].

register-title = Register van de verwerkingsactiviteiten — { $controller }
register-cover = Voorblad
register-cover-controller = Verwerkingsverantwoordelijke
register-cover-company-number = Ondernemingsnummer
register-cover-contact = Contactgegevens
register-cover-representative = Vertegenwoordiger in de Unie (artikel 27 { -gdpr })
register-cover-dpo = Functionaris voor gegevensbescherming
register-cover-version = Versie
register-cover-effective = Datum van deze versie
register-dpo-none = Niet aangewezen
register-record-controller = Register als verantwoordelijke
register-record-processor = Register als verwerker

register-controller-reference = Referentie
register-controller-activity = Verwerkingsactiviteit
register-controller-joint = Gezamenlijke verwerkingsverantwoordelijke
register-controller-purposes = Verwerkingsdoeleinden
register-controller-basis = Rechtsgrond
register-controller-subjects = Categorieën van betrokkenen
register-controller-data = Categorieën van persoonsgegevens
register-controller-recipients = Categorieën van ontvangers
register-controller-transfers = Doorgiften aan een derde land of een internationale organisatie
register-controller-erasure = Beoogde termijnen voor het wissen
register-controller-security = Technische en organisatorische beveiligingsmaatregelen

register-processor-reference = Referentie
register-processor-client = Verwerkingsverantwoordelijke namens wie wij handelen
register-processor-processing = Categorieën van verwerkingen die namens de verwerkingsverantwoordelijke worden uitgevoerd
register-processor-data = Categorieën van persoonsgegevens
register-processor-sub-processors = Subverwerkers
register-processor-transfers = Doorgiften aan een derde land of een internationale organisatie
register-processor-security = Technische en organisatorische beveiligingsmaatregelen

register-colon = { $label }:
register-labelled = { $label }: { $text }
register-undeclared = Niet opgegeven
register-not-applicable = Niet van toepassing
register-further = Verdere verwerking van: { $purpose }
register-special = (bijzondere categorie van persoonsgegevens, artikel 9 { -gdpr }: { $kind })
register-criminal = (persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten, artikel 10 { -gdpr })
register-interests = Gerechtvaardigde belangen: { $interests }
register-law = Wettelijke bepaling: { $law }
register-condition = Voorwaarde voor de verwerking van bijzondere categorieën van persoonsgegevens: { $article }
register-criminal-basis = Grondslag (artikel 10 { -gdpr }): { $basis }
register-role-processor = verwerker
register-role-controller = verwerkingsverantwoordelijke
register-role-joint_controller = gezamenlijke verwerkingsverantwoordelijke
register-role-authority = overheidsinstantie
register-internal = Binnen onze organisatie: { $unit }
register-no-recipients = Geen
register-safeguards = Documenten inzake de passende waarborgen: { $safeguards }
register-transfers-unknown = Waar sommige ontvangers de gegevens verwerken, is niet opgegeven
register-no-transfers = Geen: de gegevens worden niet doorgegeven buiten de Europese Economische Ruimte
register-client-list = Naam en contactgegevens van elke verwerkingsverantwoordelijke: { $list }
register-instructions = Instructies: { $instructions }
register-no-sub-processors = Geen
