// validate.js PREFIX BAG: bagit-tools' verify (npm bagit-tools 0.0.0, by Joe Hand; MIT) on the unzipped bag BAG,
// with the bagit-tools installed under PREFIX (npm install --prefix PREFIX, from this folder's package.json).
//
// bagit-tools is a validator written apart from nominate: it checks bagit.txt (version and encoding), every
// payload and tag manifest's digests against the files, and that the payload manifest lists as many files as
// data/ holds. It does not check Payload-Oxum (tests/unit/pack/bagit_validate.py does). Its own cli.js asks
// for BagIt 0.97 (its default), so this calls verify() with version 1.0, which is all this file adds.
// Two packaging faults of bagit-tools are worked around in package.json, not here: it requires tape at run
// time but lists it among its devDependencies, and it depends on the conformance suite's bags from GitHub.
//
// Prints each check (ok / FAIL) and "valid" or "invalid"; exits 0 when valid, 1 when not, 2 when it could not
// run.
'use strict'
const path = require('path')

const [prefix, bag] = process.argv.slice(2)
if (!prefix || !bag) {
  console.error('usage: validate.js PREFIX BAG')
  process.exit(2)
}
const { verify } = require(path.join(path.resolve(prefix), 'node_modules', 'bagit-tools'))

verify(path.resolve(bag), { version: '1.0', test: true }, (error, valid, results) => {
  if (error) {
    console.error('bagit-tools could not verify:', error)
    process.exit(2)
  }
  for (const result of results) {
    if (result.type === 'assert') {
      console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name}`)
    }
  }
  console.log(valid ? 'valid' : 'invalid')
  process.exit(valid ? 0 : 1)
})
