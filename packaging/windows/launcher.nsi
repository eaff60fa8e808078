; rehablogg.exe: the windowed launcher the Start menu starts (built by build.sh with makensis).
;
; It is an NSIS program with no pages and no files of its own: it starts
;     "<its folder>\python\pythonw.exe" -m rehablogg <its own arguments>
; and ends. NSIS rather than a launcher stub with an appended script (as rehablogg-cli.exe is)
; because NSIS writes the icon and the version resource (the file's Details tab) itself, from
; the same makensis the installer needs, and a windowed launcher needs neither a console nor
; the child's exit code for its work. If Python cannot even start (its folder was removed or
; a DLL is missing) the user gets a message instead of nothing.
;
; makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DICON=rehablogg.ico -DOUTFILE=rehablogg.exe launcher.nsi

Unicode true
Target amd64-unicode
RequestExecutionLevel user
SilentInstall silent
AutoCloseWindow true
ManifestDPIAware true
SetCompressor /SOLID lzma
Name "rehablogg"
OutFile "${OUTFILE}"
Icon "${ICON}"

!include FileFunc.nsh

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "rehablogg"
VIAddVersionKey /LANG=0 "FileDescription" "rehablogg – loggbok for direkte og indirekte brukertid"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "EUPL-1.2"
VIAddVersionKey /LANG=0 "OriginalFilename" "rehablogg.exe"
VIAddVersionKey /LANG=0 "CompanyName" "rehablogg"

Section
  ${GetParameters} $0
  IfFileExists "$EXEDIR\python\pythonw.exe" start
    MessageBox MB_ICONSTOP|MB_OK "rehablogg finner ikke Python i $EXEDIR\python. Installer rehablogg på nytt."
    SetErrorLevel 1
    Quit
  start:
  ClearErrors
  Exec '"$EXEDIR\python\pythonw.exe" -m rehablogg $0'
  IfErrors 0 +3
    MessageBox MB_ICONSTOP|MB_OK "rehablogg kunne ikke startes. Installer rehablogg på nytt."
    SetErrorLevel 1
SectionEnd
