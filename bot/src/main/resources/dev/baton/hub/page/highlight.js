// A small syntax highlighter for the session page's file browser: comments, strings, numbers, keywords and types
// for the languages a worktree usually holds. One pass of one regular expression per language; output is escaped.
"use strict";

(function () {
  const KEYWORDS = {
    java: "abstract assert boolean break byte case catch char class const continue default do double else enum extends final finally float for if implements import instanceof int interface long native new package private protected public record return sealed permits short static super switch synchronized this throw throws try var void volatile while yield true false null",
    js: "async await break case catch class const continue default delete do else export extends false finally for function if import in instanceof let new null of return static super switch this throw true try typeof undefined var void while yield",
    py: "and as assert async await break class continue def del elif else except False finally for from global if import in is lambda None nonlocal not or pass raise return True try while with yield self",
    go: "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var nil true false",
    rs: "as async await break const continue crate else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while",
    sh: "if then else elif fi for while do done case esac function in return local export set echo exit",
    c: "auto break case char const continue default do double else enum extern float for goto if int long register return short signed sizeof static struct switch typedef union unsigned void volatile while include define",
  };
  const EXT = { java: "java", kt: "java", js: "js", cjs: "js", mjs: "js", ts: "js", tsx: "js", jsx: "js", json: "js",
    py: "py", go: "go", rs: "rs", sh: "sh", bash: "sh", c: "c", h: "c", cc: "c", cpp: "c", hpp: "c" };
  const HASH_COMMENTS = { py: true, sh: true };

  function escape(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function language(path) {
    const dot = path.lastIndexOf(".");
    return dot < 0 ? null : EXT[path.slice(dot + 1).toLowerCase()] || null;
  }

  // Returns HTML for `text` as the language of `path` (plain, escaped text when the language is unknown).
  function highlight(text, path) {
    const lang = language(path);
    if (!lang) return escape(text);
    const words = new Set(KEYWORDS[lang].split(" "));
    const comment = HASH_COMMENTS[lang] ? "#[^\\n]*" : "\\/\\/[^\\n]*|\\/\\*[\\s\\S]*?\\*\\/";
    const re = new RegExp("(" + comment + ")|(\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'|`[^`]*`)"
      + "|(\\b\\d[\\d_.xXa-fA-F]*\\b)|([A-Za-z_$][\\w$]*)", "g");
    let out = "";
    let last = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      out += escape(text.slice(last, m.index));
      const t = m[0];
      if (m[1]) out += '<span class="hl-c">' + escape(t) + "</span>";
      else if (m[2]) out += '<span class="hl-s">' + escape(t) + "</span>";
      else if (m[3]) out += '<span class="hl-n">' + escape(t) + "</span>";
      else if (words.has(t)) out += '<span class="hl-k">' + escape(t) + "</span>";
      else if (/^[A-Z][a-z]/.test(t)) out += '<span class="hl-t">' + escape(t) + "</span>";
      else out += escape(t);
      last = m.index + t.length;
    }
    return out + escape(text.slice(last));
  }

  // A unified diff as HTML: added, removed, hunk and file lines marked.
  function diff(text) {
    return text.split("\n").map((line) => {
      const cls = line.startsWith("+++") || line.startsWith("---") || line.startsWith("diff ") ? "meta"
        : line.startsWith("+") ? "add" : line.startsWith("-") ? "del" : line.startsWith("@@") ? "hunk" : "";
      return cls ? '<span class="' + cls + '">' + escape(line) + "</span>" : escape(line);
    }).join("\n");
  }

  window.BatonHighlight = { highlight, diff, escape };
})();
