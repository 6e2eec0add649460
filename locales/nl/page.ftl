# Wat de documenten rond de verklaring zelf zeggen: koppelingen tussen haar formaten, voettekst
# en titelpagina van de pdf. Platte tekst, geen Markdown.

page-pdf = Pdf-versie (om af te drukken of te bewaren)
pdf-version = Versie { $version }
pdf-online = Deze privacyverklaring online:
