package dev.docket.runtime.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The plain reader reads what Commons Configuration reads, and declines what it cannot vouch for. */
class PlainIniTest {
  static final List<String> PLAIN = List.of(
      "[core]\nstore = data\nworkers = 2\n",
      "; Docket's configuration (INI).\n; another line, cafe\u0301 \u00d7 2\n\n[core]\n"
          + "; where outputs go\nstore = data\nworkers = 2\n\n[job]\npoll-interval = 2\n\n"
          + "[GenerateEvents]\n# four chunks\nchunks = 4\nevents-per-chunk = 5000\n"
          + "; [fs.out]\n; base = root://eos.example.org//eos/\n",
      "[fs.out]\nbase = root://eos.example.org//eos/user/a/alice/, root://b.example.org//x/\n"
          + "timeout = 60s\n",
      "[slurm]\nextra = --mem=4G --time 1:00:00\n",
      "[a]\nkey=value\nspaced   =    out   \n   lead = v\n",
      "[a]\nempty =\nempty2=   \n",
      "[ttbar.Selection]\nmin-jets = 5\n[a-b_c.d]\nx_y = 1\n",
      "[a]\n[b]\nx = 1\n[c]\n",
      "[a]\ndatasets = TTBAR,WJETS\nlist = a, b ,c\n",
      "[a]\nhome = ${env:HOME}/x\nstore2 = ${core:store}\ndollar = $$1\n",
      "[a]\r\nx = 1\r\ny = 2\r\n",
      "[a]\nbrackets = [1,2]\nclose = ]\nopen = [\n",
      "[a]\nsmall = 1e-3\nneg = -5\nplus = +3\n",
      "[a]\nwords = a   b  c\n",
      "[a]\nx = =y\nz = a=b=c\nc = a:b\n",
      "[a]\na.b = 1\nA.B-c_d = 2\n",
      "[a]\nsym = !@%&*(){}|<>?/~`^\n",
      "[a]\nlast = no newline",
      "   [core]   \n  store = s  \n",
      "[core]\n  # indented comment\nx = 1\n");

  static final List<String> NOT_PLAIN = List.of(
      "[a]\nq = \"quoted\"\n",
      "[a]\nq = 'single'\n",
      "[a]\nq = it's\n",
      "[a]\np = C:\\path\n",
      "[a]\nx = 1 ; comment\n",
      "[a]\nx = 1 # comment\n",
      "[a]\nx = a#b\n",
      "[a]\n; a comment that ends in a backslash \\\nx = 1\n",
      "[a]\nx = one \\\n  two\n",
      "[a]\nx =\t1\n",
      "[a]\n\tx = 1\n",
      "[a]\nx = caf\u00e9\n",
      "[a]\na b = 1\n",
      "[a]\na: b\n",
      "[a]\na : b = c\n",
      "[a b]\nx = 1\n",
      "[ a ]\nx = 1\n",
      "[a]\nx = 1\n[a]\ny = 2\n",
      "[a]\nx = 1\nx = 2\n",
      "x = 1\n[a]\n",
      "[a]\nno separator\n",
      "[a]\n\fx = 1\n",
      "[]\n",
      "[a\n",
      "[core]\n\t; a tab before a comment\n");

  @ParameterizedTest
  @FieldSource("PLAIN")
  void readsPlainFilesAsCommonsConfigurationDoes(String text) {
    var plain = PlainIni.sections(text);
    assertNotNull(plain, () -> "declined: " + text);
    assertEquals(IniFile.viaCommons(Path.of("docket.cfg"), text), plain, text);
  }

  @ParameterizedTest
  @FieldSource("NOT_PLAIN")
  void declinesWhatCommonsConfigurationGivesAMeaningOfItsOwn(String text) {
    assertNull(PlainIni.sections(text), text);
  }
}
