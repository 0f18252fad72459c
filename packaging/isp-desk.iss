; Inno Setup 6 script for the ISP Desk client on Windows.
; Build the bundle first (.venv\Scripts\pyinstaller build_installer.spec), then:
;   iscc packaging\isp-desk.iss            → dist\isp-desk-<version>-setup.exe
; The version comes from the bundle's own version resource (generated from the package version by
; packaging/win_version_info.py), so it is never typed twice.
;
; Presetting the server for every operator (written to isp-desk.ini next to isp-desk.exe, read by
; desk_client/preset.py before the operator's own settings):
;   isp-desk-0.1.0-setup.exe /SERVER=http://atendimento.provedor.local:8470
;   isp-desk-0.1.0-setup.exe /VERYSILENT /SERVER=http://10.0.0.5:8470 /FORCESERVER
; Without /SERVER the wizard asks for it (the field may be left empty: the operator types it at login).

#define AppName "ISP Desk"
#define AppExe "isp-desk.exe"
#define BundleDir AddBackslash(SourcePath) + "..\dist\isp-desk"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif

[Setup]
; Fixed for ever: Windows recognises upgrades and the uninstaller by this id. Never change it.
AppId={{6F1C2B9E-3D47-4A8E-9B52-7C0E4D1A8F36}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ISP Desk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\ISP Desk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Setup refuses to go on while the client runs: the client holds these mutexes (desk_client/installer_mutex.py).
AppMutex=ISPDeskClient,Global\ISPDeskClient
CloseApplications=no
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile={#BundleDir}\..\..\build\build_installer\icons\app.ico
OutputDir={#BundleDir}\..
OutputBaseFilename=isp-desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "brazilianportuguese"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
brazilianportuguese.ServerCaption=Servidor do ISP Desk
brazilianportuguese.ServerDescription=Endereço do servidor de atendimento
brazilianportuguese.ServerPrompt=Endereço (ex.: http://atendimento.provedor.local:8470). Deixe em branco para o operador informar no login.
english.ServerCaption=ISP Desk server
english.ServerDescription=Address of the helpdesk server
english.ServerPrompt=Address (e.g. http://helpdesk.provider.local:8470). Leave empty for the operator to type it at login.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The preset written at install time; each operator's settings and logs (in their profile) stay.
Type: files; Name: "{app}\isp-desk.ini"

[Code]
var
  ServerPage: TInputQueryWizardPage;

procedure InitializeWizard;
begin
  ServerPage := CreateInputQueryPage(wpSelectDir, CustomMessage('ServerCaption'),
    CustomMessage('ServerDescription'), CustomMessage('ServerPrompt'));
  ServerPage.Add('URL:', False);
  ServerPage.Values[0] := ExpandConstant('{param:SERVER|}');
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Server, Ini: String;
begin
  if CurStep = ssPostInstall then
  begin
    Server := Trim(ServerPage.Values[0]);
    Ini := ExpandConstant('{app}\isp-desk.ini');
    if Server <> '' then
    begin
      SetIniString('connection', 'server_url', Server, Ini);
      if Pos('/FORCESERVER', Uppercase(GetCmdTail)) > 0 then
        SetIniString('connection', 'force', 'true', Ini);
    end;
  end;
end;
