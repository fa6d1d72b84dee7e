# nominate's JSON report (schema 1) → GitLab's code-quality report (a Code Climate issue list): one issue per
# unwaived finding, and one per error that stopped the run. The fingerprint follows the rule, the folder and
# the field or file, as the SARIF report's does, so an issue keeps its identity across pipelines.
def severity: if . == "error" then "major" elif . == "warning" then "minor" else "info" end;
def place($folder): if .file then "\($folder)/\(.file)" else $folder end;
[ (.submissions[] as $s | $s.findings[] | select(.waived | not) | {
      description: .message,
      check_name: .rule,
      fingerprint: ("\(.rule)|\($s.path)|\(.field // .file // "")" | @base64),
      severity: (.severity | severity),
      location: {path: place($s.path), lines: {begin: (.location.line // 1)}}
    }),
  (.batch[] as $b | $b.findings[] | select(.waived | not) | {
      description: .message,
      check_name: .rule,
      fingerprint: ("\(.rule)|\($b.path)|\(.field // .file // "")" | @base64),
      severity: (.severity | severity),
      location: {path: place($b.path), lines: {begin: 1}}
    }),
  ((.errors // [])[] | {
      description: .message,
      check_name: "nominate.\(.code)",
      fingerprint: ("error|\(.code)|\(.file // "")" | @base64),
      severity: "blocker",
      location: {path: (.file // "nominate.yaml"), lines: {begin: (.line // 1)}}
    })
]
