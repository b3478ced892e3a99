//! Building `dist/`: trunk's output with the inline loader allowed by hash in the
//! Content-Security-Policy, and `framescope.html`, one file with CSS, JS and wasm inlined
//! so it opens from `file://` (where module scripts from files are blocked).

use crate::run::{status, tool_path, Result};
use base64::Engine;
use regex::Regex;
use sha2::{Digest, Sha256};
use std::fs;
use std::path::Path;
use std::process::Command;

/// The tokens in `index.html`'s CSP that the build replaces with hashes.
const SCRIPT_HASHES: &str = "FRAMESCOPE_SCRIPT_HASHES";
const STYLE_HASHES: &str = "FRAMESCOPE_STYLE_HASHES";

/// Builds `dist/` with trunk and writes `dist/framescope.html`.
pub fn build(root: &Path) -> Result {
    let path = tool_path(root);
    status(
        Command::new("trunk").current_dir(root).env("PATH", &path).args(["build", "--release"]),
        "trunk build --release",
    )?;
    let dist = root.join("dist");
    let index_path = dist.join("index.html");
    let index = read(&index_path)?;
    fs::write(&index_path, with_csp_hashes(&index, true)).map_err(|e| e.to_string())?;
    let single = single_file(&dist, &index)?;
    let single_path = dist.join("framescope.html");
    fs::write(&single_path, &single).map_err(|e| e.to_string())?;
    let wasm = fs::read_dir(&dist)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok())
        .find(|e| e.file_name().to_string_lossy().ends_with(".wasm"))
        .map(|e| e.path())
        .ok_or("trunk wrote no .wasm file")?;
    let wasm_len = fs::metadata(&wasm).map_err(|e| e.to_string())?.len();
    eprintln!(
        "xtask: dist/ is ready: {} ({} bytes of wasm), dist/framescope.html ({} bytes, opens from disk)",
        index_path.display(),
        wasm_len,
        single.len()
    );
    Ok(())
}

fn read(p: &Path) -> Result<String> {
    fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))
}

fn sha256_source(content: &str) -> String {
    let digest = Sha256::digest(content.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// Puts the hash of every inline `<script>` and `<style>` into the CSP, so the policy
/// allows exactly the page's own inline code and nothing injected.
fn with_csp_hashes(html: &str, allow_self: bool) -> String {
    let script = Regex::new(r"(?s)<script(?:\s+type=.module.)?\s*>(.*?)</script>").expect("valid regex");
    let style = Regex::new(r"(?s)<style[^>]*>(.*?)</style>").expect("valid regex");
    let hashes =
        |re: &Regex| -> String { re.captures_iter(html).map(|c| sha256_source(&c[1])).collect::<Vec<_>>().join(" ") };
    let (scripts, styles) = (hashes(&script), hashes(&style));
    let mut out = html.replace(SCRIPT_HASHES, &scripts).replace(STYLE_HASHES, &styles);
    if !allow_self {
        // One file from disk loads nothing else: drop 'self' so nothing else could run.
        out = out.replace("'self' ", "").replace("'self'", "'none'");
    }
    out
}

/// Inlines trunk's CSS, JS and wasm into one HTML file.
fn single_file(dist: &Path, index: &str) -> Result<String> {
    let loader = Regex::new(r#"(?s)<script type="module"[^>]*>.*?</script>"#).expect("valid regex");
    let links = Regex::new(r#"<link[^>]*rel="(?:stylesheet|preload|modulepreload)"[^>]*>"#).expect("valid regex");
    let href = Regex::new(r#"href="(?:\./)?([^"]+)""#).expect("valid regex");
    let (mut js_name, mut css) = (None, String::new());
    for link in links.find_iter(index) {
        let Some(name) = href.captures(link.as_str()).map(|c| c[1].to_string()) else {
            continue;
        };
        if name.ends_with(".css") {
            css.push_str(&read(&dist.join(&name))?);
        } else if name.ends_with(".js") {
            js_name = Some(name);
        }
    }
    let js_name = js_name.ok_or("no JS module preload link in dist/index.html")?;
    let wasm_name = js_name.trim_end_matches(".js").to_string() + "_bg.wasm";
    let js = read(&dist.join(&js_name))?;
    let wasm = fs::read(dist.join(&wasm_name)).map_err(|e| format!("cannot read {wasm_name}: {e}"))?;

    let module = format!(
        "{}\nconst wasmText = document.getElementById('framescope-wasm').textContent;\n\
         const wasmBytes = Uint8Array.from(atob(wasmText), (c) => c.charCodeAt(0));\n\
         await __wbg_init({{ module_or_path: wasmBytes }});\n",
        strip_exports(&js)
    );
    let wasm_b64 = base64::engine::general_purpose::STANDARD.encode(&wasm);
    let mut html = links.replace_all(index, "").into_owned();
    html = loader.replace_all(&html, "").into_owned();
    let head_end = html.find("</head>").ok_or("dist/index.html has no </head>")?;
    let inlined = format!(
        "<style>{css}</style>\n<script type=\"application/octet-stream\" id=\"framescope-wasm\">{wasm_b64}</script>\n\
         <script type=\"module\">{module}</script>\n"
    );
    html.insert_str(head_end, &inlined);
    Ok(with_csp_hashes(&strip_hashed_csp(&html), false))
}

/// Turns the already-hashed CSP of dist/index.html back into its template form.
fn strip_hashed_csp(html: &str) -> String {
    let hashes = Regex::new(r"'sha256-[A-Za-z0-9+/=]+' ?").expect("valid regex");
    let csp = Regex::new(r#"content="default-src[^"]*""#).expect("valid regex");
    csp.replace(html, |c: &regex::Captures| {
        let policy = hashes.replace_all(&c[0], "").into_owned();
        policy.replacen("script-src ", &format!("script-src {SCRIPT_HASHES} "), 1).replacen(
            "style-src ",
            &format!("style-src {STYLE_HASHES} "),
            1,
        )
    })
    .into_owned()
}

/// wasm-bindgen's ES module, made into inline-script statements: `export` keywords go.
fn strip_exports(js: &str) -> String {
    let export_list = Regex::new(r"(?m)^export\s*\{[^}]*\};?\s*$").expect("valid regex");
    let export_default = Regex::new(r"(?m)^export default [^;]+;\s*$").expect("valid regex");
    let export_decl = Regex::new(r"(?m)^export (async function|function|class|const|let|var) ").expect("valid regex");
    let js = export_list.replace_all(js, "");
    let js = export_default.replace_all(&js, "");
    export_decl.replace_all(&js, "$1 ").into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csp_gets_the_hash_of_each_inline_script() {
        let html = format!(
            "<meta content=\"default-src 'none'; script-src 'self' {SCRIPT_HASHES} 'wasm-unsafe-eval'; style-src 'self' {STYLE_HASHES}\">\
             <script type=\"module\">alert(1)</script>"
        );
        let out = with_csp_hashes(&html, true);
        assert!(out.contains(&sha256_source("alert(1)")), "{out}");
        assert!(!out.contains(SCRIPT_HASHES));
        let single = with_csp_hashes(&html, false);
        assert!(!single.contains("'self'"), "{single}");
    }

    #[test]
    fn strips_module_exports() {
        let js =
            "export function f() {}\nexport class C {}\nexport { initSync };\nexport default __wbg_init;\nconst x = 1;";
        let out = strip_exports(js);
        assert!(!out.contains("export"), "{out}");
        assert!(out.contains("function f()") && out.contains("class C") && out.contains("const x = 1;"));
    }

    #[test]
    fn known_sha256_source() {
        // The example from the CSP specification's hash-source section.
        assert_eq!(sha256_source("alert('Hello, world.');"), "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    }
}
