# Ce que les documents disent autour de la déclaration elle-même : liens entre ses formats,
# pied de page et page de titre du PDF. Texte brut, sans Markdown.

page-pdf = Version PDF (à imprimer ou à conserver)
pdf-version = Version { $version }
pdf-online = Cette déclaration en ligne :
