# Sourced by the govreport launcher and by git-driver (what git-setup gives git) for the two calls of the Git driver
# (diff --textconv, diff --git-external).
# git makes one call for every version of a report that a log shows; each goes to one long-lived
# `govreport git-driver` process (org.govreport.dsl.gitdriver) over a loopback socket that bash opens itself,
# so a call costs a bash start instead of a Java start. The state file (owner-only) holds the port and a token.

# govreport_driver_files ROOT: sets govreport_jar and govreport_state, the jar of the clone ROOT and the state file
# of its process (one per user).
govreport_driver_files() {
  govreport_jar="$1/org.govreport.dsl.ide/target/govreport.jar"
  govreport_state="$1/org.govreport.dsl.ide/target/git-driver-$UID"
}

# govreport_driver_ask STATE JAR ARG…: sends one call to the process the state file names and prints its
# answer. Returns the call's exit status, or 100 when nothing answered: no process, one older than the jar, an
# argument with a line break, a call left to the launcher.
govreport_driver_ask() {
  local state="$1" jar="$2" port token status="" colour=0 arg
  shift 2
  [ -r "$state" ] && [ "$state" -nt "$jar" ] || return 100
  read -r port token <"$state" || return 100
  for arg in "$PWD" "$@"; do
    case "$arg" in *$'\n'*) return 100 ;; esac
  done
  [ "${GIT_PAGER_IN_USE:-}" = true ] && [ -z "${NO_COLOR+set}" ] && colour=1
  {
    {
      printf '%s\n' "$token" "$PWD" "$colour" "$#" "$@" >&3 # one write: the request is a single segment
      IFS= read -r status <&3 || status=""
      case "$status" in [0-9]) cat <&3 ;; esac
    } 3<>"/dev/tcp/127.0.0.1/$port"
  } 2>/dev/null || true
  case "$status" in [0-9]) return "$status" ;; *) return 100 ;; esac
}

# govreport_driver_start STATE JAR: starts the process (the command line in the array govreport_driver_java)
# and waits until it has published a state file fresher than the jar. One start at a time: a lock folder.
govreport_driver_start() {
  local state="$1" jar="$2" lock="$1.starting" pid="" tries=0
  # A lock left by a start that was killed is broken after a minute.
  [ -n "$(find "$lock" -maxdepth 0 -mmin +1 2>/dev/null)" ] && rmdir "$lock" 2>/dev/null
  if mkdir "$lock" 2>/dev/null; then
    rm -f "$state"
    # Its own session where setsid exists (a Ctrl-C in git's pager does not end it); no terminal, no pipe of git's.
    if command -v setsid >/dev/null 2>&1; then
      setsid "${govreport_driver_java[@]}" </dev/null >/dev/null 2>&1 &
    else
      "${govreport_driver_java[@]}" </dev/null >/dev/null 2>&1 &
    fi
    pid=$!
  fi
  # Up to 30 s; less when the starter sees its process end, or a waiter sees the other start end.
  while [ ! "$state" -nt "$jar" ] && [ "$tries" -lt 600 ]; do
    if [ -n "$pid" ]; then kill -0 "$pid" 2>/dev/null || break; else [ -d "$lock" ] || break; fi
    sleep 0.05
    tries=$((tries + 1))
  done
  if [ -n "$pid" ]; then rmdir "$lock" 2>/dev/null || true; fi
  return 0
}
