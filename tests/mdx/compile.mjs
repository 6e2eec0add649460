// Compiles each MDX file given as an argument as Docusaurus does (GFM, YAML front matter, the
// heading ids github-slugger derives), runs it, and writes the HTML it renders next to it as
// <file>.html. A file MDX refuses ends the run with its message and exit code 1.
// Used by tests/it/renderers/mdx.rs.
import { readFile, writeFile } from "node:fs/promises";
import { evaluate } from "@mdx-js/mdx";
import rehypeSlug from "rehype-slug";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";

// Rendered HTML, told apart from text, which is escaped.
class Html {
  constructor(html) {
    this.html = html;
  }
}

const escape = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

const children = (c) =>
  c === undefined || c === null || c === false
    ? ""
    : Array.isArray(c)
      ? c.map(children).join("")
      : c instanceof Html
        ? c.html
        : escape(c);

const VOID = new Set(["br", "hr", "img", "input"]);

// A JSX runtime that renders to an HTML string, so that no React is needed.
function jsx(type, props) {
  if (typeof type === "function") return type(props);
  const { children: content, ...attributes } = props;
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k === "className" ? "class" : k}="${escape(v === true ? "" : v)}"`)
    .join("");
  if (VOID.has(type)) return new Html(`<${type}${attrs}>`);
  return new Html(`<${type}${attrs}>${children(content)}</${type}>`);
}
const Fragment = (props) => new Html(children(props.children));

let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const source = await readFile(file, "utf8");
    const { default: Content } = await evaluate(source, {
      Fragment,
      jsx,
      jsxs: jsx,
      remarkPlugins: [remarkFrontmatter, remarkGfm],
      rehypePlugins: [rehypeSlug],
    });
    await writeFile(`${file}.html`, children(Content({})));
  } catch (e) {
    console.error(`${file}: ${e.message}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
