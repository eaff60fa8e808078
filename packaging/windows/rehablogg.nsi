; The per-user Windows installer of rehablogg (built by build.sh with makensis; do not run by hand).
;
; Installs the folder build.sh assembled (STAGE: rehablogg.exe, rehablogg-cli.exe, python\ with
; the embeddable CPython and the app's packages, the icon, MANIFEST-SHA256.txt) into
; %LOCALAPPDATA%\Programs\rehablogg without administrator rights: no Program Files, no HKLM, no
; service, nothing at start-up. A Start-menu shortcut, an entry under Apps -> Installed apps (in
; HKCU) and an uninstaller. An update installs over the old version and replaces its python\.
;
; The data (%LOCALAPPDATA%\rehablogg: database, backups, logs) is never written here; the
; uninstaller keeps it unless the user ticks the box on its components page. A silent uninstall
; (/S) keeps it; /S /SLETTDATA (for IT's scripts) is the same as ticking the box.

Unicode true
Target amd64-unicode
RequestExecutionLevel user
ManifestDPIAware true
SetCompressor /SOLID lzma
SetCompressorDictSize 32

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh
!include Sections.nsh

!define APP "rehablogg"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\rehablogg"

Name "rehablogg ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\rehablogg"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "rehablogg ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "rehablogg"
VIAddVersionKey /LANG=0 "FileDescription" "Installerer rehablogg for deg (uten administratorrettigheter)"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "EUPL-1.2"
VIAddVersionKey /LANG=0 "CompanyName" "rehablogg"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
; The uninstaller's one choice is explained above its list; a description box beside it would
; only cut the choice's text.
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\rehablogg.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Start rehablogg nå"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_TEXT_TOP "Programmet fjernes. Loggboka di (registreringer, sikkerhetskopier og logger i $LOCALAPPDATA\rehablogg) blir liggende med mindre du krysser av for «Slett også loggboka». Det som slettes, kan ikke hentes tilbake."
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Norwegian"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP|MB_OK "rehablogg krever 64-biters Windows 10 eller nyere."
    Abort
  ${EndIf}
FunctionEnd

Section "rehablogg" SecProgram
  SectionIn RO
  ; An update replaces the program's Python folder, so files an older version had do not
  ; linger. Only in a folder that holds a rehablogg installation (its manifest).
  ${If} ${FileExists} "$INSTDIR\MANIFEST-SHA256.txt"
    RMDir /r "$INSTDIR\python"
  ${EndIf}
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; SetShellVarContext current is the default: $SMPROGRAMS is the user's own Start menu.
  CreateShortCut "$SMPROGRAMS\rehablogg.lnk" "$INSTDIR\rehablogg.exe" "" \
      "$INSTDIR\rehablogg.ico" 0 SW_SHOWNORMAL "" "Loggbok for direkte og indirekte brukertid"

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "rehablogg"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "rehablogg"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\rehablogg.ico"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "un.Programmet" UnSecProgram
  SectionIn RO
  Delete "$SMPROGRAMS\rehablogg.lnk"
  ; Only what the installer put there (uninstall-files.nsh is written by build.sh from the
  ; assembled folder), never the whole of $INSTDIR: a folder the user chose may hold more.
  !include "${UNINSTALL_FILES}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd

Section /o "un.Slett også loggboka" UnSecData
  RMDir /r "$LOCALAPPDATA\rehablogg"
SectionEnd

Function un.onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/SLETTDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnSecData}
  ${EndIf}
FunctionEnd
