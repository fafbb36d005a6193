/** The page's own script, served as a file: the Content-Security-Policy allows no inline script. */
export const pageScript = String.raw`
const body = document.body
const token = body.dataset.token
const hash = () => body.dataset.hash
const text = JSON.parse(body.dataset.text)

function rowOf(element) { return element.closest('tr[data-id]') }

function changes(rows) {
  return rows.map((row) => ({
    id: row.dataset.id,
    english: row.querySelector('textarea').value,
    status: row.querySelector('select').value
  }))
}

async function save(rows) {
  const status = document.getElementById('status')
  for (const row of document.querySelectorAll('tr[data-id] .problem')) row.textContent = ''
  status.textContent = text.saving
  const response = await fetch(location.pathname + '/save', {
    method: 'POST',
    headers: {'content-type': 'application/json', 'x-glossa-token': token},
    body: JSON.stringify({hash: hash(), rows: changes(rows)})
  })
  const answer = await response.json()
  if (response.ok) {
    location.reload()
    return
  }

  status.textContent = answer.message || text.failed
  for (const problem of answer.problems || []) {
    const row = document.querySelector('tr[data-id="' + CSS.escape(problem.id) + '"]')
    if (row) row.querySelector('.problem').textContent = problem.reason
  }
}

function touched() {
  return [...document.querySelectorAll('tr[data-id]')].filter(
    (row) => row.querySelector('textarea').value !== row.querySelector('textarea').defaultValue ||
      row.querySelector('select').value !== row.dataset.status
  )
}

document.addEventListener('click', (event) => {
  const button = event.target.closest('button')
  if (!button) return
  if (button.dataset.action === 'approve') rowOf(button).querySelector('select').value = 'reviewed'
  if (button.dataset.action === 'save-row') save([rowOf(button)])
  if (button.dataset.action === 'save-all') save(touched())
})

document.addEventListener('keydown', (event) => {
  const row = rowOf(event.target)
  if (event.altKey && event.key.toLowerCase() === 'a' && row) {
    event.preventDefault()
    row.querySelector('select').value = 'reviewed'
  }
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
    event.preventDefault()
    save(touched())
  }
})

// A term and its English are one: hovering or focusing either lights both.
for (const type of ['mouseover', 'focusin', 'mouseout', 'focusout']) {
  document.addEventListener(type, (event) => {
    const term = event.target.closest && event.target.closest('[data-term]')
    if (!term) return
    const on = type === 'mouseover' || type === 'focusin'
    for (const other of rowOf(term).querySelectorAll('[data-term="' + term.dataset.term + '"]')) {
      other.classList.toggle('linked', on)
    }
  })
}
`

export const pageStyle = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; }
th, td { border-top: 1px solid #ddd; padding: .5rem; vertical-align: top; text-align: left; }
td.italian, td.english { width: 38%; }
textarea { width: 100%; min-height: 5em; font: inherit; }
.preview { color: #555; margin-top: .25rem; }
.term { background: #fff1b8; border-radius: 3px; }
.term.missing { background: #ffd6d6; outline: 1px dashed #c00; }
.term.forbidden { background: #ffd6d6; text-decoration: line-through; }
.term.dnt { background: #dbeafe; }
.linked { outline: 2px solid #2563eb; }
.flags { font-size: 13px; color: #7a4b00; white-space: pre-wrap; }
.problem { color: #b00020; font-weight: 600; }
pre.context { background: #f4f4f4; padding: .5rem; white-space: pre-wrap; color: #555; }
.status-reviewed { border-left: 4px solid #16a34a; }
.status-stale { border-left: 4px solid #d97706; }
.status-machine { border-left: 4px solid #9ca3af; }
#status { font-weight: 600; }
`
