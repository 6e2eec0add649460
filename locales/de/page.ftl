# Was die Dokumente rund um die Datenschutzerklärung selbst sagen: Verweise zwischen ihren
# Formaten, Fußzeile und Titelseite des PDF. Reiner Text, kein Markdown.

page-pdf = PDF-Fassung (zum Ausdrucken oder Aufbewahren)
pdf-version = Version { $version }
pdf-online = Diese Datenschutzerklärung online:
