#!/usr/bin/env bash
# Opt-in check that the exports open in real programs: renders the HTML export in headless Chromium
# to PNG and converts the DOCX export to PDF with headless LibreOffice (then its first page to PNG).
# Fails when a tool reports an error or writes nothing, or when the PDF lacks the report's title.
#
#   bench/render-check.sh [REPORT.govreport …]     (default: the export test fixture, and examples/)
#   bench/render-check.sh --docs                   also refresh docs/export-html.png and docs/export-docx.png
#
# Needs: apt-get install -y chromium libreoffice-writer poppler-utils fonts-wqy-zenhei
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
docs=false
reports=()
for arg in "$@"; do
  if [ "$arg" = "--docs" ]; then docs=true; else reports+=("$arg"); fi
done
if [ ${#reports[@]} -eq 0 ]; then
  reports=("$root/org.govreport.dsl.tests/src/test/resources/export/东风镇.govreport")
  if [ -d "$root/examples" ]; then
    while IFS= read -r f; do reports+=("$f"); done < <(find "$root/examples" -name '*.govreport' | sort)
  fi
fi
for tool in chromium soffice pdftoppm pdftotext; do
  command -v "$tool" >/dev/null || { echo "render-check: $tool is not installed (apt-get install -y chromium libreoffice-writer poppler-utils fonts-wqy-zenhei)" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
for report in "${reports[@]}"; do
  name="$(basename "$report" .govreport)"
  out="$work/$name"
  mkdir -p "$out"
  "$root/govreport" export --to html,docx -o "$out" "$report" >/dev/null
  html="$out/$name.html"
  docx="$out/$name.docx"

  if ! chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$work/chrome" \
      --window-size=1000,1800 --screenshot="$out/html.png" "file://$html" >"$out/chromium.log" 2>&1 \
      || [ ! -s "$out/html.png" ]; then
    echo "FAIL $report: Chromium could not render the HTML export"; cat "$out/chromium.log"; failed=1; continue
  fi
  if ! soffice --headless --norestore "-env:UserInstallation=file://$work/lo" --convert-to pdf \
      --outdir "$out" "$docx" >"$out/soffice.log" 2>&1 || [ ! -s "$out/$name.pdf" ]; then
    echo "FAIL $report: LibreOffice could not convert the DOCX export"; cat "$out/soffice.log"; failed=1; continue
  fi
  title="$(grep -o '<title>[^<]*' "$html" | sed 's/<title>//' | tr -d '[:space:]')"
  if ! pdftotext "$out/$name.pdf" - | tr -d '[:space:]' | grep -qF "$title"; then
    echo "FAIL $report: the PDF of the DOCX export does not contain the title $title"; failed=1; continue
  fi
  pdftoppm -f 1 -l 1 -r 60 -png "$out/$name.pdf" "$out/docx" >/dev/null
  pages="$(pdfinfo "$out/$name.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
  echo "ok   $report: HTML rendered, DOCX → PDF (${pages:-?} pages)"
  if $docs; then
    cp "$out/html.png" "$root/docs/export-html.png"
    pdftoppm -f 3 -l 3 -r 80 -png -singlefile "$out/$name.pdf" "$root/docs/export-docx"
    docs=false
  fi
done
exit $failed
