// The werkplaats page: the document list, a CodeMirror editor whose text the
// server checks ~300 ms after typing stops, the diagnostics with help and
// quick fixes, a live preview, saving with conflict detection, downloads.
// Unsaved text is kept in localStorage until it is saved.
"use strict";

const toestand = { pad: null, versie: null, bewerker: null, volgnummer: 0, voorbeeldNummer: 0, meldingen: [] };
const opslag = (pad) => "werkplaats:" + pad;

function $(id) { return document.getElementById(id); }

function status(tekst) { $("status").textContent = tekst; }

async function vraag(adres, opties) {
  const antwoord = await fetch(adres, Object.assign({ credentials: "same-origin" }, opties || {}));
  const soort = antwoord.headers.get("Content-Type") || "";
  if (soort.startsWith("application/json")) return { antwoord, gegevens: await antwoord.json() };
  return { antwoord, gegevens: null };
}

function adres(pad, extra) {
  const zoek = new URLSearchParams(Object.assign({ pad }, extra || {}));
  return zoek.toString();
}

// MARK: document list and new documents

async function laadLijst() {
  const { antwoord, gegevens } = await vraag("/api/documenten");
  if (!antwoord.ok) { status("De lijst kon niet worden geladen."); return; }
  $("map").textContent = gegevens.map;
  const romp = $("documenten").querySelector("tbody");
  romp.replaceChildren();
  for (const doc of gegevens.documenten) {
    const rij = document.createElement("tr");
    const naam = document.createElement("td");
    const link = document.createElement("a");
    const delen = doc.pad.split("/");
    link.href = "#" + encodeURIComponent(doc.pad);
    link.textContent = delen.pop();
    link.title = doc.pad;
    link.dataset.pad = doc.pad;
    link.addEventListener("click", (gebeurtenis) => { gebeurtenis.preventDefault(); open(doc.pad); });
    const onder = document.createElement("div");
    onder.className = "klein";
    onder.textContent = (doc.soort || "onbekende soort") + (delen.length ? " · " + delen.join("/") : "");
    naam.append(link, onder);
    const stand = document.createElement("td");
    const fouten = document.createElement("span");
    fouten.className = doc.fouten ? "fouten" : "";
    fouten.textContent = doc.fouten + " f";
    fouten.title = doc.fouten + (doc.fouten === 1 ? " fout" : " fouten");
    const waarschuwingen = document.createElement("span");
    waarschuwingen.className = doc.waarschuwingen ? "waarschuwingen" : "";
    waarschuwingen.textContent = doc.waarschuwingen + " w";
    waarschuwingen.title = doc.waarschuwingen + (doc.waarschuwingen === 1 ? " waarschuwing" : " waarschuwingen");
    stand.append(fouten, " · ", waarschuwingen);
    const uitvoer = document.createElement("td");
    uitvoer.className = "klein";
    uitvoer.textContent = doc.laatsteUitvoer || "nog niet";
    rij.append(naam, stand, uitvoer);
    romp.append(rij);
  }
}

async function laadSoorten() {
  const { gegevens } = await vraag("/api/soorten");
  const keuze = $("nieuw-soort");
  for (const soort of gegevens || []) {
    const optie = document.createElement("option");
    optie.value = soort;
    optie.textContent = soort;
    keuze.append(optie);
  }
}

async function maakNieuw(gebeurtenis) {
  gebeurtenis.preventDefault();
  const naam = $("nieuw-naam").value.trim();
  const { antwoord, gegevens } = await vraag("/api/nieuw?" + adres(naam, { soort: $("nieuw-soort").value }), { method: "POST" });
  if (!antwoord.ok) { status(gegevens ? gegevens.melding : "Maken is mislukt."); return; }
  $("nieuw-naam").value = "";
  await laadLijst();
  await open(gegevens.pad);
  status(gegevens.pad + " is gemaakt.");
}

// MARK: opening, saving, downloads

async function open(pad) {
  const { antwoord, gegevens } = await vraag("/api/document?" + adres(pad));
  if (!antwoord.ok) { status(gegevens ? gegevens.melding : "Openen is mislukt."); return; }
  toestand.pad = pad;
  toestand.versie = gegevens.versie;
  let tekst = gegevens.tekst;
  const bewaard = JSON.parse(localStorage.getItem(opslag(pad)) || "null");
  if (bewaard && bewaard.tekst !== tekst) {
    tekst = bewaard.tekst;
    toestand.versie = bewaard.versie;
    status("Je niet-opgeslagen wijzigingen in " + pad + " zijn teruggezet.");
  } else {
    localStorage.removeItem(opslag(pad));
    status(pad + " geopend.");
  }
  localStorage.setItem("werkplaats:laatste", pad);
  $("documentnaam").textContent = pad;
  for (const knop of ["opslaan", "opslaan-als", "herladen", "download-odt", "download-pdf"]) $(knop).disabled = false;
  $("conflict").hidden = true;
  toestand.laden = true;
  toestand.bewerker.setValue(tekst);
  toestand.bewerker.clearHistory();
  toestand.laden = false;
  toestand.bewerker.performLint();
}

async function slaOp(pad, versie) {
  const tekst = toestand.bewerker.getValue();
  const { antwoord, gegevens } = await vraag("/api/opslaan?" + adres(pad, { versie }), { method: "POST", body: tekst });
  if (antwoord.status === 409) {
    $("conflict-tekst").textContent = gegevens.melding;
    $("conflict").hidden = false;
    status("Niet opgeslagen.");
    return false;
  }
  if (!antwoord.ok) { status(gegevens ? gegevens.melding : "Opslaan is mislukt."); return false; }
  localStorage.removeItem(opslag(toestand.pad));
  toestand.pad = gegevens.pad;
  toestand.versie = gegevens.versie;
  localStorage.setItem("werkplaats:laatste", gegevens.pad);
  $("documentnaam").textContent = gegevens.pad;
  $("conflict").hidden = true;
  status(gegevens.pad + " is opgeslagen.");
  laadLijst();
  return true;
}

async function slaOpAls() {
  const naam = window.prompt("Opslaan als (naam binnen de map, eindigend op .yaml):", toestand.pad.replace(/\.ya?ml$/, "-kopie.yaml"));
  if (!naam) return;
  const oud = toestand.pad;
  if (await slaOp(naam.trim(), "nieuw")) localStorage.removeItem(opslag(oud));
}

async function herlaad() {
  localStorage.removeItem(opslag(toestand.pad));
  await open(toestand.pad);
}

async function download(soort) {
  if (localStorage.getItem(opslag(toestand.pad))) {
    status("Let op: de download is gemaakt van het opgeslagen bestand, zonder je niet-opgeslagen wijzigingen.");
  } else {
    status((soort === "pdf" ? "PDF" : "ODT") + " wordt gemaakt…");
  }
  const antwoord = await fetch("/api/" + soort + "?" + adres(toestand.pad), { credentials: "same-origin" });
  if (!antwoord.ok) {
    const gegevens = await antwoord.json().catch(() => null);
    status(gegevens ? gegevens.melding : "Downloaden is mislukt.");
    return;
  }
  const blob = await antwoord.blob();
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = toestand.pad.split("/").pop().replace(/\.ya?ml$/, "." + soort);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  status(link.download + " is gedownload.");
  laadLijst();
}

// MARK: checking, diagnostics and preview

/// The extent of the word at a diagnostic's position, for the underline
/// and the quick fix.
function woordBij(regel, kolom) {
  const tekst = toestand.bewerker.getLine(regel) || "";
  const rest = tekst.slice(kolom);
  const gevonden = rest.match(/^[^\s:,#\[\]{}'"]+/);
  return { van: CodeMirror.Pos(regel, kolom), tot: CodeMirror.Pos(regel, kolom + (gevonden ? gevonden[0].length : 1)), woord: gevonden ? gevonden[0] : "" };
}

async function controleer(tekst, bijwerken) {
  if (!toestand.pad) { bijwerken([]); return; }
  const nummer = ++toestand.volgnummer;
  const { antwoord, gegevens } = await vraag("/api/controle?" + adres(toestand.pad), { method: "POST", body: tekst });
  if (nummer !== toestand.volgnummer) return;
  if (!antwoord.ok) { status(gegevens ? gegevens.melding : "Controleren is mislukt."); bijwerken([]); return; }
  toestand.meldingen = gegevens.meldingen;
  const markeringen = [];
  for (const melding of gegevens.meldingen) {
    if (melding.bestand) continue;
    const plek = woordBij(melding.regel - 1, melding.kolom - 1);
    markeringen.push({ from: plek.van, to: plek.tot, severity: melding.ernst === "fout" ? "error" : "warning",
                       message: melding.code + ": " + melding.bericht });
  }
  bijwerken(markeringen);
  toonMeldingen(gegevens);
  if (gegevens.fouten === 0) werkVoorbeeldBij(tekst);
  else $("voorbeeld-status").textContent = "(laatste versie zonder fouten)";
}

function toonMeldingen(gegevens) {
  const lijst = $("meldingen");
  lijst.replaceChildren();
  $("telling").textContent = "(" + gegevens.fouten + " fout" + (gegevens.fouten === 1 ? "" : "en") + ", " + gegevens.waarschuwingen + " waarschuwing" + (gegevens.waarschuwingen === 1 ? "" : "en") + ")";
  for (const melding of gegevens.meldingen) {
    const punt = document.createElement("li");
    punt.className = melding.ernst;
    const plek = document.createElement("a");
    plek.href = "#";
    plek.className = "plek";
    plek.textContent = (melding.bestand ? melding.bestand + ":" : "regel ") + melding.regel + ":" + melding.kolom;
    plek.addEventListener("click", (gebeurtenis) => {
      gebeurtenis.preventDefault();
      if (melding.bestand) return;
      toestand.bewerker.focus();
      toestand.bewerker.setCursor(CodeMirror.Pos(melding.regel - 1, melding.kolom - 1));
    });
    const kop = document.createElement("div");
    kop.append(plek, " ", melding.ernst + " [" + melding.code + "]");
    const bericht = document.createElement("div");
    bericht.className = "bericht";
    bericht.textContent = melding.bericht;
    punt.append(kop, bericht);
    if (melding.hulp) {
      const hulp = document.createElement("div");
      hulp.className = "hulp";
      hulp.textContent = melding.hulp;
      punt.append(hulp);
    }
    if (melding.voorstel && !melding.bestand) {
      const knop = document.createElement("button");
      knop.type = "button";
      knop.className = "herstel";
      knop.textContent = "Vervang door ‘" + melding.voorstel + "’";
      knop.addEventListener("click", () => {
        const plek = woordBij(melding.regel - 1, melding.kolom - 1);
        if (plek.woord) toestand.bewerker.replaceRange(melding.voorstel, plek.van, plek.tot);
      });
      punt.append(knop);
    }
    lijst.append(punt);
  }
}

async function werkVoorbeeldBij(tekst) {
  const nummer = ++toestand.voorbeeldNummer;
  const antwoord = await fetch("/api/voorbeeld?" + adres(toestand.pad), { method: "POST", body: tekst, credentials: "same-origin" });
  if (nummer !== toestand.voorbeeldNummer) return;
  if (!antwoord.ok) { $("voorbeeld-status").textContent = "(laatste versie zonder fouten)"; return; }
  const html = await antwoord.text();
  const frame = $("voorbeeld");
  const scroll = frame.contentWindow ? frame.contentWindow.scrollY : 0;
  frame.onload = () => { if (frame.contentWindow) frame.contentWindow.scrollTo(0, scroll); };
  frame.srcdoc = html;
  $("voorbeeld-status").textContent = "";
}

// MARK: start

function start() {
  toestand.bewerker = CodeMirror($("editor"), {
    mode: "yaml", lineNumbers: true, styleActiveLine: true, indentUnit: 2, tabSize: 2, lineWrapping: true,
    extraKeys: { Tab: (cm) => cm.replaceSelection("  ") },
    gutters: ["CodeMirror-lint-markers", "CodeMirror-linenumbers"],
    lint: { getAnnotations: controleer, async: true, delay: 300 },
  });
  toestand.bewerker.on("change", () => {
    if (toestand.laden || !toestand.pad) return;
    localStorage.setItem(opslag(toestand.pad), JSON.stringify({ tekst: toestand.bewerker.getValue(), versie: toestand.versie }));
  });
  $("opslaan").addEventListener("click", () => slaOp(toestand.pad, toestand.versie));
  $("opslaan-als").addEventListener("click", slaOpAls);
  $("herladen").addEventListener("click", herlaad);
  $("conflict-herladen").addEventListener("click", herlaad);
  $("conflict-opslaan-als").addEventListener("click", slaOpAls);
  $("conflict-sluiten").addEventListener("click", () => { $("conflict").hidden = true; });
  $("download-odt").addEventListener("click", () => download("odt"));
  $("download-pdf").addEventListener("click", () => download("pdf"));
  $("nieuw").addEventListener("submit", maakNieuw);
  laadSoorten();
  laadLijst().then(() => {
    const laatste = localStorage.getItem("werkplaats:laatste");
    if (laatste) open(laatste);
  });
}

start();
