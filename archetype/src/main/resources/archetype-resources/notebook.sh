#!/bin/sh
# Jupyter notebooks on this analysis (./docket notebook ... calls this script):
#   ./docket notebook install   installs the Jupyter kernel "Docket (${artifactId})": Java
#                               (JShell) with the analysis's classes and dependencies
#   ./docket notebook [ARGS]    starts Jupyter (jupyter notebook ARGS) in this directory
# The kernel reads the class path when it starts: after mvn package, restart the kernel; no
# new install is needed. Jupyter itself: apt-get install jupyter-notebook python3-nbclient
# (Debian/Ubuntu), or pip install notebook.
set -e
here=$(cd "$(dirname "$0")" && pwd)
name=$(printf 'docket-%s' '${artifactId}' | tr 'A-Z' 'a-z' | tr -c 'a-z0-9._\n-' '_')
fail() {
  echo "docket: error: $*" >&2
  exit 2
}
built() {
  if [ ! -f "$here/target/docket.classpath" ] || [ ! -d "$here/target/classes" ]; then
    fail "the analysis is not built yet; run: mvn package"
  fi
  if ! grep -q docket-jupyter-kernel "$here/target/docket.classpath"; then
    fail "the kernel is not on the analysis's class path: add the dependency" \
      "dev.docket:docket-jupyter-kernel (scope runtime) to pom.xml, then run: mvn package"
  fi
}
jupyter_found() {
  command -v jupyter >/dev/null 2>&1 || fail "jupyter is not on the PATH; install it" \
    "(Debian/Ubuntu: apt-get install jupyter-notebook python3-nbclient; or: pip install notebook)"
}
json() { # a JSON string: backslashes and quotes escaped
  printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"
}

case "$1" in
  kernel) # what the kernelspec runs: the kernel on the class path of now
    built
    if [ -z "$DOCKET_CONFIG" ]; then
      DOCKET_CONFIG="$here/docket.cfg"
      export DOCKET_CONFIG
    fi
    shift
    exec java -Djava.awt.headless=true $JAVA_OPTS \
      -cp "$here/target/classes:$(cat "$here/target/docket.classpath")" \
      dev.docket.jupyter.KernelMain "$@"
    ;;
  install) # the kernelspec in Jupyter's data directory of this user, where Jupyter finds it
    built
    jupyter_found
    spec="$(jupyter --data-dir)/kernels/$name"
    mkdir -p "$spec"
    {
      echo '{'
      echo "  \"argv\": [\"/bin/sh\", $(json "$here/notebook.sh"), \"kernel\", \"{connection_file}\"],"
      echo '  "display_name": "Docket (${artifactId})",'
      echo '  "language": "java",'
      echo '  "interrupt_mode": "message"'
      echo '}'
    } > "$spec/kernel.json"
    echo "Installed the Jupyter kernel \"Docket (${artifactId})\" ($name) in $spec."
    echo "Start Jupyter with ./docket notebook and open example.ipynb."
    ;;
  *)
    jupyter_found
    if [ ! -f "$(jupyter --data-dir)/kernels/$name/kernel.json" ]; then
      fail "the kernel $name is not installed; run: ./docket notebook install"
    fi
    cd "$here"
    exec jupyter notebook "$@"
    ;;
esac
