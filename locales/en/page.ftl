# What the outputs say around the notice itself: links between its formats, the PDF's footer
# and title page. Plain text, no Markdown.

page-pdf = PDF version (to print or keep)
pdf-version = Version { $version }
pdf-online = This notice online:
