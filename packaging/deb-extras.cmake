# Run by cpack after installing into its staging folder (CPACK_PRE_BUILD_SCRIPTS): what only the .deb
# carries — Debian's changelog.Debian.gz (gzip -9n, as lintian wants) beside the copyright file.
if(NOT CPACK_GENERATOR STREQUAL "DEB")
  return()
endif()
message(STATUS "nominate: staging in ${CPACK_TEMPORARY_DIRECTORY}")
file(GLOB_RECURSE docs "${CPACK_TEMPORARY_DIRECTORY}/*/share/doc/nominate/copyright")
foreach(copyright IN LISTS docs)
  get_filename_component(doc_dir ${copyright} DIRECTORY)
  file(COPY_FILE ${NOMINATE_DEB_CHANGELOG} ${doc_dir}/changelog.Debian)
  execute_process(COMMAND gzip -9 -n -f ${doc_dir}/changelog.Debian COMMAND_ERROR_IS_FATAL ANY)
endforeach()
