"""The werkplaats in a real headless Chromium, as a clerk uses it.

Usage: werkplaats_browser.py RAADSDOC FOLDER DOCUMENT OUTPUT SCREENSHOTS

Starts `RAADSDOC werkplaats FOLDER --poort 0 --uit OUTPUT`, opens the link it
prints, opens DOCUMENT (relative to FOLDER), types an error into the title
line and waits for its diagnostic at that line, applies the quick fix,
changes the title and waits for the preview to show it, saves, downloads
the ODT and compares it with `RAADSDOC render`, and checks that unsaved text
survives a reload. Screenshots go to SCREENSHOTS. Exit 0 when all holds;
otherwise a message on stderr and exit 1.
"""

import filecmp
import os
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

MARK = "BROWSERTEST"


def fail(message):
    print("werkplaats_browser: " + message, file=sys.stderr)
    sys.exit(1)


def start_server(raadsdoc, folder, output):
    process = subprocess.Popen([raadsdoc, "werkplaats", folder, "--poort", "0", "--uit", output],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith("http://127.0.0.1:"):
            return process, line.strip()
    process.kill()
    fail("de werkplaats gaf geen link")


def browser(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1600,1000", "--lang=nl-NL"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": downloads, "download.prompt_for_download": False,
        "safebrowsing.enabled": False,
    })
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def editor_text(driver):
    return driver.execute_script("return document.querySelector('.CodeMirror').CodeMirror.getValue();")


def put_cursor(driver, line, column):
    """Places the cursor (0-based) and focuses the editor's input, so that
    what send_keys types arrives as typing does."""
    driver.execute_script(
        "const cm = document.querySelector('.CodeMirror').CodeMirror; cm.focus(); cm.setCursor(arguments[0], arguments[1]);",
        line, column)
    return driver.find_element(By.CSS_SELECTOR, ".CodeMirror textarea")


def preview_text(driver):
    driver.switch_to.frame(driver.find_element(By.ID, "voorbeeld"))
    try:
        return driver.find_element(By.TAG_NAME, "body").text
    finally:
        driver.switch_to.default_content()


def main():
    raadsdoc, folder, document, output, screenshots = sys.argv[1:6]
    os.makedirs(screenshots, exist_ok=True)
    downloads = tempfile.mkdtemp(prefix="werkplaats-downloads-")
    process, link = start_server(raadsdoc, folder, output)
    driver = browser(downloads)
    # The panel is redrawn after every check; an item read while it is
    # replaced is read again on the next poll.
    wait = WebDriverWait(driver, 30, ignored_exceptions=[StaleElementReferenceException])
    try:
        driver.get(link)
        if "token=" in driver.current_url:
            fail("het token staat na het eerste bezoek nog in de adresbalk: " + driver.current_url)
        wait.until(expected_conditions.element_to_be_clickable((By.CSS_SELECTOR, "#documenten a[data-pad='%s']" % document))).click()
        wait.until(lambda d: "soort:" in editor_text(d))
        original = editor_text(driver)
        lines = original.split("\n")
        title_line = next(index for index, line in enumerate(lines) if line.startswith("titel:"))
        wait.until(lambda d: "(0 fouten" in d.find_element(By.ID, "telling").text)

        # An error: the key misspelt. Its diagnostic appears at its line.
        put_cursor(driver, title_line, 0).send_keys("x")
        expected_place = "regel %d:1" % (title_line + 1)
        wait.until(lambda d: any(expected_place in item.text and "xtitel" in item.text
                                 for item in d.find_elements(By.CSS_SELECTOR, "#meldingen li")))
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".CodeMirror-lint-mark-error"))
        marked = driver.execute_script("""
            const cm = document.querySelector('.CodeMirror').CodeMirror;
            return cm.getAllMarks().filter(m => (m.className || '').includes('CodeMirror-lint-mark-error'))
                .map(m => [m.find().from.line, m.find().from.ch, m.find().to.ch]);""")
        if [title_line, 0, len("xtitel")] not in marked:
            fail("geen markering onder 'xtitel' op regel %d; wel: %s" % (title_line + 1, marked))
        time.sleep(0.3)
        driver.save_screenshot(os.path.join(screenshots, "1-fout.png"))

        # The quick fix puts the key right; a new title shows in the preview.
        fix = wait.until(expected_conditions.element_to_be_clickable((By.CSS_SELECTOR, "#meldingen button.herstel")))
        if "titel" not in fix.text:
            fail("het voorstel is niet 'titel': " + fix.text)
        fix.click()
        wait.until(lambda d: editor_text(d).split("\n")[title_line].startswith("titel:"))
        put_cursor(driver, title_line, len(lines[title_line])).send_keys(" " + MARK)
        wait.until(lambda d: "(0 fouten" in d.find_element(By.ID, "telling").text)
        wait.until(lambda d: MARK in preview_text(d))
        time.sleep(0.3)
        driver.save_screenshot(os.path.join(screenshots, "2-voorbeeld.png"))

        # Save, and the file on disk is the editor's text.
        driver.find_element(By.ID, "opslaan").click()
        wait.until(lambda d: "opgeslagen" in d.find_element(By.ID, "status").text)
        with open(os.path.join(folder, document), encoding="utf-8") as saved:
            if saved.read() != editor_text(driver):
                fail("het opgeslagen bestand is niet de tekst van de editor")

        # The downloaded ODT is what `raadsdoc render` makes of the saved file.
        driver.find_element(By.ID, "download-odt").click()
        name = os.path.basename(document).rsplit(".", 1)[0] + ".odt"
        downloaded = os.path.join(downloads, name)
        deadline = time.time() + 60
        while not os.path.exists(downloaded) and time.time() < deadline:
            time.sleep(0.2)
        time.sleep(0.5)
        if not os.path.exists(downloaded):
            fail("de ODT is niet gedownload")
        rendered = tempfile.mkdtemp(prefix="werkplaats-render-")
        subprocess.run([raadsdoc, "render", os.path.join(folder, document), "--uit", rendered], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not filecmp.cmp(downloaded, os.path.join(rendered, name), shallow=False):
            fail("de gedownloade ODT verschilt van die van raadsdoc render")

        # Unsaved text survives a reload.
        put_cursor(driver, title_line, 0).send_keys(Keys.END, " NIETOPGESLAGEN")
        wait.until(lambda d: "NIETOPGESLAGEN" in (d.execute_script(
            "return localStorage.getItem('werkplaats:' + arguments[0]);", document) or ""))
        driver.refresh()
        wait.until(lambda d: "NIETOPGESLAGEN" in editor_text(d))
        wait.until(lambda d: "teruggezet" in d.find_element(By.ID, "status").text)
        time.sleep(0.5)
        driver.save_screenshot(os.path.join(screenshots, "3-na-herladen.png"))
        print("werkplaats_browser: alles in orde; schermafdrukken in " + screenshots)
    finally:
        driver.quit()
        process.terminate()
        process.wait(timeout=20)


if __name__ == "__main__":
    main()
